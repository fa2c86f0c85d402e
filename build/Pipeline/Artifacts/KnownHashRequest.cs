using System.Reflection;
using System.Runtime.ExceptionServices;
using Amazon.Runtime.Internal;

namespace Pipeline.Artifacts;

/// <summary>
/// The SDK's request as the signer sees it: everything passes through to the real request, except that the
/// content-stream hash is the known one instead of a fresh read of the body.
/// </summary>
public class KnownHashRequest : DispatchProxy
{
    private IRequest inner = null!;
    private string payloadHash = string.Empty;

    public static IRequest Wrap(IRequest inner, string payloadHash)
    {
        var request = Create<IRequest, KnownHashRequest>();
        var self = (KnownHashRequest)(object)request;
        self.inner = inner;
        self.payloadHash = payloadHash;
        return request;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IRequest.ComputeContentStreamHash))
        {
            return payloadHash;
        }

        try
        {
            return targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } cause)
        {
            ExceptionDispatchInfo.Throw(cause);
            throw;
        }
    }
}
