using Amazon.Runtime;
using Amazon.Runtime.Identity;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.Runtime.Internal.Util;

namespace Pipeline.Artifacts;

/// <summary>The client's own signer, shown a request whose payload hash is already known.</summary>
internal sealed class KnownHashSigner(ISigner inner, string payloadHash) : ISigner
{
    public ClientProtocol Protocol => inner.Protocol;

    public bool RequiresCredentials => inner.RequiresCredentials;

    public void Sign(IRequest request, IClientConfig clientConfig, RequestMetrics metrics, BaseIdentity identity) =>
        inner.Sign(KnownHashRequest.Wrap(request, payloadHash), clientConfig, metrics, identity);

    public Task SignAsync(IRequest request, IClientConfig clientConfig, RequestMetrics metrics, BaseIdentity identity, CancellationToken token = default) =>
        inner.SignAsync(KnownHashRequest.Wrap(request, payloadHash), clientConfig, metrics, identity, token);

    public IEventSigner CreateEventSigner(string awsSecretKey, string region, string service, string requestSignature) =>
        inner.CreateEventSigner(awsSecretKey, region, service, requestSignature);
}
