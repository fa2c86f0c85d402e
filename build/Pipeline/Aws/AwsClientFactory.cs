using Amazon.KeyManagementService;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;

namespace Pipeline.Aws;

/// <summary>
/// Builds SDK clients for the infrastructure identity (the starting credentials) or the runtime identity
/// (an assumed role), all pointed at the same <see cref="AwsTarget"/>.
/// </summary>
public sealed class AwsClientFactory
{
    private readonly AWSCredentials? runtime;
    private readonly Action<ClientConfig>? configure;

    public AwsClientFactory(AwsTarget target, AWSCredentials infrastructure, AWSCredentials? runtime = null, Action<ClientConfig>? configure = null)
    {
        Target = target;
        Infrastructure = infrastructure;
        this.runtime = runtime;
        this.configure = configure;
    }

    public AwsTarget Target { get; }

    public AWSCredentials Infrastructure { get; }

    public AWSCredentials Runtime => runtime ?? throw new InvalidOperationException(
        "No runtime identity yet: assume the runtime role first (RoleAssumer.AssumeAsync).");

    public bool HasRuntime => runtime is not null;

    public AwsClientFactory WithRuntime(AWSCredentials runtimeCredentials) =>
        new(Target, Infrastructure, runtimeCredentials, configure);

    public AWSCredentials Credentials(AwsIdentity identity) =>
        identity == AwsIdentity.Runtime ? Runtime : Infrastructure;

    /// <summary>Any SDK client, e.g. <c>Create(AwsIdentity.Runtime, (AWSCredentials c, AmazonCloudFormationConfig k) => new AmazonCloudFormationClient(c, k))</c>.</summary>
    public TClient Create<TClient, TConfig>(AwsIdentity identity, Func<AWSCredentials, TConfig, TClient> create)
        where TConfig : ClientConfig, new()
    {
        var config = Target.Configure(new TConfig());
        configure?.Invoke(config);
        return create(Credentials(identity), config);
    }

    public IAmazonS3 S3(AwsIdentity identity) =>
        Create(identity, (AWSCredentials c, AmazonS3Config k) => new AmazonS3Client(c, k));

    public IAmazonSecurityTokenService Sts(AwsIdentity identity) =>
        Create(identity, (AWSCredentials c, AmazonSecurityTokenServiceConfig k) => new AmazonSecurityTokenServiceClient(c, k));

    public IAmazonKeyManagementService Kms(AwsIdentity identity) =>
        Create(identity, (AWSCredentials c, AmazonKeyManagementServiceConfig k) => new AmazonKeyManagementServiceClient(c, k));
}
