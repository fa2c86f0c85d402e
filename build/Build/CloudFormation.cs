using Amazon.CloudFormation;
using Amazon.Runtime;
using Pipeline.Aws;

namespace Build;

/// <summary>CloudFormation runs in the runtime account, as the assumed deploy role.</summary>
public static class CloudFormation
{
    public static IAmazonCloudFormation Client(BuildContext context) =>
        (context.Aws.Runtime ?? throw new InvalidOperationException("The runtime role has not been assumed yet.")).Clients
            .Create(AwsIdentity.Runtime, (AWSCredentials credentials, AmazonCloudFormationConfig config) => new AmazonCloudFormationClient(credentials, config));
}
