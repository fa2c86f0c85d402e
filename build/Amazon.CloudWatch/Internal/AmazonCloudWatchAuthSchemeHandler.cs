using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace Amazon.CloudWatch.Internal;

/// <summary>Every CloudWatch operation is signed with SigV4; the SDK's signer refuses to run without a chosen scheme.</summary>
public class AmazonCloudWatchAuthSchemeHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;
}
