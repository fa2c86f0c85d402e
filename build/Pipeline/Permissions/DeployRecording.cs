using System.IO.Compression;
using Amazon.CloudFormation;
using Amazon.CloudWatch;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Lambda;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Aws;
using Pipeline.Deploy;
using Pipeline.LocalAws;
using Pipeline.Release;

namespace Pipeline.Permissions;

/// <summary>
/// Runs the deploy stage as the Deploy targets do, through the same classes, against the emulator with moto's
/// request recorder on: the push build assumes the deploy role (RoleAssumer), the stack is created (StackDeployer),
/// the release publishes, checks and shifts (VersionPublisher, VersionCheck, TrafficShifter, AlarmWatch), a second
/// commit updates the stack and moves the alias by canary, an unchanged redeploy, drift detection and the delete
/// (DestroyStack) follow. Each request keeps the access key that signed it. Not recorded: deleting a failed first
/// create, because moto's rollback leaves the log group behind and the create after it fails.
/// </summary>
public static class DeployRecording
{
    public const string Stack = "recorded-stack";
    public const string DeployRole = $"arn:aws:iam::{LocalAccounts.Runtime}:role/recorded-deploy";
    public const string ExecutionRole = $"arn:aws:iam::{LocalAccounts.Runtime}:role/recorded-execution";
    private const string Bucket = "recorded-deploy-artifacts";

    public sealed record Recording(IReadOnlyList<RecordedRequest> Requests, string InfrastructureAccessKey, string SessionAccessKey, string Alias);

    public static async Task<Recording> RecordAsync(MotoServer moto, string template, CancellationToken cancel = default)
    {
        var target = new AwsTarget(LocalAccounts.Region, moto.Endpoint);
        var infrastructure = new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);
        var (first, second, key) = await UploadPackagesAsync(target, infrastructure, cancel).ConfigureAwait(false);
        var release = new ReleaseConfig(TrafficStrategy.Canary, 10, TimeSpan.FromMinutes(1)) { Alarms = TemplateAlarms.Names(Stack), Poll = TimeSpan.FromMinutes(1) };

        await MotoRecorder.PostAsync(moto.Endpoint, "reset-recording", cancel).ConfigureAwait(false);
        await MotoRecorder.PostAsync(moto.Endpoint, "start-recording", cancel).ConfigureAwait(false);
        var role = new RoleAssumption(DeployRole, RoleSessionName.For("recording"));
        var assumed = await new RoleAssumer(new AwsClientFactory(target, infrastructure)).AssumeAsync(role, cancel).ConfigureAwait(false);
        using (assumed.Credentials)
        {
            var clients = assumed.Clients;
            using var cloudFormation = clients.Create(AwsIdentity.Runtime, (AWSCredentials c, AmazonCloudFormationConfig config) => new AmazonCloudFormationClient(c, config));
            using var lambda = clients.Create(AwsIdentity.Runtime, (AWSCredentials c, AmazonLambdaConfig config) => new AmazonLambdaClient(c, config));
            using var cloudWatch = clients.Create(AwsIdentity.Runtime, (AWSCredentials c, AmazonCloudWatchConfig config) => new AmazonCloudWatchClient(c, config));
            var deployer = new StackDeployer(cloudFormation, SystemDeployClock.Instance, new QuietSink(), Fast);
            var created = await Expect(deployer.DeployAsync(Request(template, "v1", Bucket, first, key), cancel), DeployStatus.Deployed, "the create").ConfigureAwait(false);

            // moto's CloudFormation skips AWS::CloudWatch::Alarm; the build creates them itself there, which real AWS never asks.
            await MotoRecorder.PostAsync(moto.Endpoint, "stop-recording", cancel).ConfigureAwait(false);
            await TemplateAlarms.CreateForEmulatorAsync(cloudWatch, Stack, created.Outputs["Function"], release.Alias, cancel).ConfigureAwait(false);
            await MotoRecorder.PostAsync(moto.Endpoint, "start-recording", cancel).ConfigureAwait(false);

            await ReleaseAsync(lambda, cloudWatch, created.Outputs["Function"], release, cancel).ConfigureAwait(false);
            var updated = await Expect(deployer.DeployAsync(Request(template, "v2", Bucket, second, key), cancel), DeployStatus.Deployed, "the update").ConfigureAwait(false);
            await ReleaseAsync(lambda, cloudWatch, updated.Outputs["Function"], release, cancel).ConfigureAwait(false);
            await Expect(deployer.DeployAsync(Request(template, "v2", Bucket, second, key), cancel), DeployStatus.NoChanges, "the unchanged redeploy", DeployStatus.Deployed).ConfigureAwait(false);
            await deployer.DetectDriftAsync(Stack, cancel).ConfigureAwait(false);
            var deleted = await deployer.DeleteStackAsync(Stack, ExecutionRole, cancel).ConfigureAwait(false);
            if (deleted.Status != DeleteStatus.Deleted)
            {
                throw new InvalidOperationException($"The recorded delete of {Stack} ended {deleted.Status}: {deleted.Message}");
            }

            await MotoRecorder.PostAsync(moto.Endpoint, "stop-recording", cancel).ConfigureAwait(false);
            var session = (await assumed.Credentials.GetCredentialsAsync().ConfigureAwait(false)).AccessKey;
            var requests = RecordedRequest.Parse(await MotoRecorder.DownloadAsync(moto.Endpoint, cancel).ConfigureAwait(false));
            return new Recording(requests, LocalAccounts.AccessKeyId, session, release.Alias);
        }
    }

    private static readonly StackDeployerOptions Fast = new()
    {
        FirstPoll = TimeSpan.FromMilliseconds(50),
        MaxPoll = TimeSpan.FromMilliseconds(200),
        StackTimeout = TimeSpan.FromMinutes(2),
        ChangeSetTimeout = TimeSpan.FromMinutes(1),
        DriftTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>What ShiftTraffic does for one function: publish, the post-deploy check (moto's invoke answers an error without Docker), shift.</summary>
    private static async Task ReleaseAsync(IAmazonLambda lambda, IAmazonCloudWatch cloudWatch, string function, ReleaseConfig release, CancellationToken cancel)
    {
        var version = await new VersionPublisher(lambda).EnsureAsync(function, cancel).ConfigureAwait(false);
        try
        {
            await new VersionCheck(lambda, canInvoke: true, _ => { }).RunAsync(function, release.Alias, version.Version, "{}", cancel).ConfigureAwait(false);
        }
        catch (ReleaseException)
        {
            // Expected on the emulator: the invoke is what is recorded.
        }

        var outcomes = await new TrafficShifter(lambda, new AlarmWatch(cloudWatch, release.Alarms), new InstantClock(), _ => { })
            .ShiftAllAsync([new FunctionVersion(string.Empty, function, version)], release, cancel).ConfigureAwait(false);
        if (ReleaseRecord.Overall(outcomes) is not (ReleaseStatus.Completed or ReleaseStatus.FirstRelease))
        {
            throw new InvalidOperationException($"The recorded release of {function} ended {ReleaseRecord.Overall(outcomes)}, not as a release that moves traffic.");
        }
    }

    /// <param name="emulated">Also accepted: moto reports changes for an unchanged update, which real CloudFormation does not.</param>
    private static async Task<StackDeployOutcome> Expect(Task<StackDeployOutcome> deploy, DeployStatus expected, string what, DeployStatus? emulated = null)
    {
        var outcome = await deploy.ConfigureAwait(false);
        return outcome.Status == expected || outcome.Status == emulated
            ? outcome
            : throw new InvalidOperationException($"The recorded deploy stage expected {what} to end {expected}, but it ended {outcome.Status}: {outcome.Message}");
    }

    private static StackDeployRequest Request(string template, string version, string bucket, string key, string kmsKey) =>
        new(Stack, template, "0123456789abcdef0123456789abcdef0123456" + version[1..])
        {
            Parameters = new Dictionary<string, string>
            {
                ["ArtifactBucket"] = bucket, ["ArtifactKey"] = key, ["ArtifactKmsKeyArn"] = kmsKey, ["Version"] = version,
                ["Commit"] = "0123456789abcdef0123456789abcdef0123456" + version[1..],
                ["PermissionsBoundaryArn"] = $"arn:aws:iam::{LocalAccounts.Runtime}:policy/recorded-boundary",
            },
            ExecutionRoleArn = ExecutionRole,
        };

    private static async Task<(string First, string Second, string KmsKey)> UploadPackagesAsync(AwsTarget target, AWSCredentials credentials, CancellationToken cancel)
    {
        using var kms = new AmazonKeyManagementServiceClient(credentials, target.Configure(new AmazonKeyManagementServiceConfig()));
        var key = (await kms.CreateKeyAsync(new CreateKeyRequest(), cancel).ConfigureAwait(false)).KeyMetadata.Arn;
        using var s3 = new AmazonS3Client(credentials, target.Configure(new AmazonS3Config()));
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = Bucket, BucketRegion = S3Region.FindValue(target.Region) }, cancel).ConfigureAwait(false);
        foreach (var name in new[] { "v1", "v2" })
        {
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = Bucket, Key = $"recorded/{name}/package.zip", InputStream = new MemoryStream(Zip(name)),
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, ServerSideEncryptionKeyManagementServiceKeyId = key,
            }, cancel).ConfigureAwait(false);
        }

        return ("recorded/v1/package.zip", "recorded/v2/package.zip", key);
    }

    private static byte[] Zip(string content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("Service.dll").Open());
            writer.Write(content);
        }

        return buffer.ToArray();
    }

    private sealed class QuietSink : IStackDeploySink
    {
        public void Progress(string message) { }

        public void Warning(string message) { }

        public void PlannedChanges(string stackName, string changeSetName, IReadOnlyList<PlannedChange> changes) { }

        public void StackEvent(StackEventRecord stackEvent) { }
    }

    private sealed class InstantClock : IDeployClock
    {
        public DateTimeOffset UtcNow { get; private set; } = DateTimeOffset.UnixEpoch;

        public Task DelayAsync(TimeSpan delay, CancellationToken cancel)
        {
            UtcNow += delay;
            return Task.CompletedTask;
        }
    }
}
