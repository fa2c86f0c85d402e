using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Terraform;

namespace Pipeline.Tests.Infra;

/// <summary>
/// One environment of the repository's pipeline.json on moto, driven as on AWS: the administrator (moto's keys, in
/// its own account) bootstraps it by assuming the administrator role of each account; then the environment's root
/// is applied as its push role, which the rehearsal assumes first.
/// </summary>
internal sealed class LocalAccountsRehearsal(MotoServer moto, TerraformEnvironment environment)
{
    public static readonly ImmutableCredentials Administrator = new(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey, null);

    public TerraformEnvironment Environment { get; } = environment;

    public static LocalAccountsRehearsal For(MotoServer moto, string name)
    {
        var config = TerraformEnvironmentTests.Config.ForLocalEmulator();
        var settings = EnvironmentTerraform.Settings(config, config.Environment(name), new AwsTarget(LocalAccounts.Region, moto.Endpoint));
        return new LocalAccountsRehearsal(moto, new TerraformEnvironment(RepositoryLayout.Root, settings, RepositoryLayout.Scratch("accounts-" + name)));
    }

    public TerraformCli Bootstrap => new(Environment.Bootstrap.WorkingDirectory, Environment.Bootstrap.ProcessEnvironment(TerraformCli.CliConfig(), Administrator));

    public async Task BootstrapAsync()
    {
        var infrastructureAdmin = await AssumeAsync(Administrator, Environment.InfrastructureAdminRoleFor(LocalAccounts.Administrator)!, "bootstrap");
        using (var s3 = new AmazonS3Client(Sdk(infrastructureAdmin), Target.Configure(new AmazonS3Config())))
        {
            await new TerraformStateBucket(s3).CreateAsync(Environment.StateBucket, LocalAccounts.Region);
        }

        await Bootstrap.SucceedAsync(["init", "-no-color", .. Environment.Bootstrap.InitArguments]);
        await Bootstrap.SucceedAsync(["apply", "-auto-approve", "-no-color", .. BootstrapVariables]);
    }

    public IReadOnlyList<string> BootstrapVariables =>
        [.. Environment.Bootstrap.VariableArguments, $"-var=infrastructure_admin_role_arn={Environment.InfrastructureAdminRoleFor(LocalAccounts.Administrator)}"];

    public Task<ImmutableCredentials> AssumePushRoleAsync() => AssumeAsync(Administrator, Environment.PushRoleArn, "push");

    public TerraformCli RootAs(ImmutableCredentials credentials) => new(Environment.WorkingDirectory, Environment.ProcessEnvironment(TerraformCli.CliConfig(), credentials));

    public async Task<TerraformOutputs> ApplyAsync(TerraformCli root)
    {
        await root.SucceedAsync(["init", "-no-color", .. Environment.InitArguments]);
        await root.SucceedAsync(["apply", "-auto-approve", "-no-color", .. Environment.VariableArguments]);
        return TerraformOutputs.Parse(await root.SucceedAsync("output", "-json", "-no-color"), Environment.WorkingDirectory);
    }

    /// <summary>A resource's attribute from <c>terraform show -json</c> of the bootstrap state.</summary>
    public async Task<string> BootstrapAttributeAsync(string address, string attribute)
    {
        using var state = JsonDocument.Parse(await Bootstrap.SucceedAsync("show", "-json", "-no-color"));
        var resources = state.RootElement.GetProperty("values").GetProperty("root_module").GetProperty("child_modules").EnumerateArray()
            .SelectMany(m => m.GetProperty("resources").EnumerateArray());
        return resources.Single(r => r.GetProperty("address").GetString() == address).GetProperty("values").GetProperty(attribute).GetString()!;
    }

    public async Task<ImmutableCredentials> AssumeAsync(ImmutableCredentials from, string roleArn, string session)
    {
        using var sts = new AmazonSecurityTokenServiceClient(Sdk(from), Target.Configure(new AmazonSecurityTokenServiceConfig()));
        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = session });
        return new ImmutableCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken);
    }

    public static AWSCredentials Sdk(ImmutableCredentials credentials) => string.IsNullOrEmpty(credentials.Token)
        ? new BasicAWSCredentials(credentials.AccessKey, credentials.SecretKey)
        : new SessionAWSCredentials(credentials.AccessKey, credentials.SecretKey, credentials.Token);

    public AwsTarget Target => new(LocalAccounts.Region, moto.Endpoint);
}
