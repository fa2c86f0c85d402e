using Amazon.CloudFormation;
using Pipeline.Deploy;
using Pipeline.LocalAws;
using TestSupport;

namespace Pipeline.Tests.Deploy;

/// <summary>deploy/lambda.yml into the runtime account of a real moto_server, through the assumed deploy role.</summary>
public class StackDeployerMotoTests
{
    private const string StackName = "service-preprod";
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    private static readonly StackDeployerOptions Fast = new()
    {
        FirstPoll = TimeSpan.FromMilliseconds(50),
        MaxPoll = TimeSpan.FromMilliseconds(200),
        StackTimeout = TimeSpan.FromMinutes(2),
        ChangeSetTimeout = TimeSpan.FromMinutes(1),
    };

    [Test]
    public async Task Deploys_the_lambda_template_cross_account_then_noops_then_deletes()
    {
        var moto = await Moto.FreshAsync();
        var (key, kmsKeyArn) = await RuntimeAccount.UploadPackageAsync(moto, "1.2.3");
        using var cloudFormation = await RuntimeAccount.CloudFormationAsync(moto);
        var sink = new RecordingSink();
        var deployer = new StackDeployer(cloudFormation, SystemDeployClock.Instance, sink, Fast);
        var request = LambdaRequest(key, kmsKeyArn);

        var first = await deployer.DeployAsync(request);

        Assert.That(first.Status, Is.EqualTo(DeployStatus.Deployed), first.Message);
        Assert.Multiple(() =>
        {
            Assert.That(first.StackId, Does.Contain($":{LocalAccounts.Runtime}:stack/{StackName}/"));
            Assert.That(first.ChangeSetName, Does.StartWith("pipeline-0123456789ab-"));
            Assert.That(first.Changes.Select(c => (c.Action, c.LogicalId)),
                Is.EquivalentTo(new[] { ("Add", "LogGroup"), ("Add", "ExecutionRole"), ("Add", "Function"), ("Add", "ErrorsAlarm"), ("Add", "ThrottlesAlarm") }));
            Assert.That(sink.Planned, Is.EqualTo(first.Changes));
            Assert.That(first.OutputSource, Is.EqualTo(OutputSource.Resources));
            Assert.That(first.Outputs["Function"], Is.EqualTo(StackName));
            Assert.That(sink.Events.Select(e => e.Status), Does.Contain("CREATE_COMPLETE"));
        });

        var second = await deployer.DeployAsync(request);
        Assert.That(second.Status, Is.EqualTo(DeployStatus.NoChanges), second.Message);

        var deleted = await deployer.DeleteStackAsync(StackName);
        Assert.That(deleted.Status, Is.EqualTo(DeleteStatus.Deleted), deleted.Message);
        Assert.That((await deployer.DeleteStackAsync(StackName)).Status, Is.EqualTo(DeleteStatus.NotFound));
    }

    [Test]
    public async Task A_bad_template_is_reported_as_a_failure()
    {
        var moto = await Moto.FreshAsync();
        using var cloudFormation = await RuntimeAccount.CloudFormationAsync(moto);
        var deployer = new StackDeployer(cloudFormation, SystemDeployClock.Instance, new RecordingSink(), Fast);

        var outcome = await deployer.DeployAsync(new StackDeployRequest(StackName, "Resources: [not, a, map]", Commit));

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed));
        Assert.That(outcome.Message, Does.Contain(StackName).And.Contain("Fix the template"));
        TestContext.Out.WriteLine(outcome.Message);
    }

    [Test]
    public async Task A_package_in_a_missing_bucket_fails_the_deployment()
    {
        var moto = await Moto.FreshAsync();
        var (key, kmsKeyArn) = await RuntimeAccount.UploadPackageAsync(moto, "1.2.3");
        using var cloudFormation = await RuntimeAccount.CloudFormationAsync(moto);
        var deployer = new StackDeployer(cloudFormation, SystemDeployClock.Instance, new RecordingSink(), Fast);
        var request = LambdaRequest(key, kmsKeyArn);
        var parameters = new Dictionary<string, string>(request.Parameters) { ["ArtifactBucket"] = "no-such-bucket" };

        var outcome = await deployer.DeployAsync(request with { Parameters = parameters });

        Assert.That(outcome.Status, Is.EqualTo(DeployStatus.Failed), outcome.Message);
        TestContext.Out.WriteLine(outcome.Message);
    }

    [Test]
    public async Task Drift_detection_on_moto_is_reported_as_not_supported()
    {
        var moto = await Moto.FreshAsync();
        using var cloudFormation = await RuntimeAccount.CloudFormationAsync(moto);
        var deployer = new StackDeployer(cloudFormation, SystemDeployClock.Instance, new RecordingSink(), Fast);
        var none = await deployer.DetectDriftAsync(StackName);
        var deployed = await deployer.DeployAsync(new StackDeployRequest(StackName, "Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n", Commit));
        Assert.That(deployed.Succeeded, deployed.Message);

        var outcome = await deployer.DetectDriftAsync(StackName);

        Assert.That(none.Status, Is.EqualTo(DriftCheckStatus.NoStack), none.Message);
        Assert.That(outcome.Status, Is.EqualTo(DriftCheckStatus.NotSupported), outcome.Message);
    }

    private static StackDeployRequest LambdaRequest(string key, string kmsKeyArn) =>
        new(StackName, RepositoryFiles.Read("deploy/lambda.yml"), Commit)
        {
            Parameters = new Dictionary<string, string>
            {
                ["ArtifactBucket"] = RuntimeAccount.Bucket,
                ["ArtifactKey"] = key,
                ["ArtifactKmsKeyArn"] = kmsKeyArn,
                ["Version"] = "1.2.3",
                ["Commit"] = Commit,
                ["PermissionsBoundaryArn"] = "arn:aws:iam::222222222222:policy/greeter-preprod-boundary",
            },
            Tags = new Dictionary<string, string> { ["version"] = "1.2.3", ["commit"] = Commit },
        };
}
