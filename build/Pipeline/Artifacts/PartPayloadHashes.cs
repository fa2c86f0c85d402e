using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Artifacts;

/// <summary>
/// Lets a part's SigV4 payload hash be the SHA-256 we already computed for its x-amz-checksum-sha256, instead of the
/// SDK hashing the part's bytes once more. The SDK drops any x-amz-content-sha256 header set before signing, so the
/// hash is handed over where the signer asks for it: a handler before the signer gives it a request whose
/// content-stream hash is the part's checksum. S3 rejects a part whose bytes differ from either.
/// </summary>
/// <remarks>A pipeline customizer only reaches clients built after it is registered: <see cref="Aws.AwsTarget"/> registers it.</remarks>
public static class PartPayloadHashes
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            RuntimePipelineCustomizerRegistry.Instance.Register(new Customizer());
        }
    }

    /// <summary>The hex SHA-256 the part's signature covers: the digest its checksum names, when it names one.</summary>
    public static string? Of(AmazonWebServiceRequest request) =>
        request is UploadPartRequest { ChecksumSHA256: { Length: > 0 } checksum } ? Convert.ToHexStringLower(Convert.FromBase64String(checksum)) : null;

    private sealed class Customizer : IRuntimePipelineCustomizer
    {
        public string UniqueName => "Pipeline.Artifacts.PartPayloadHashes";

        public void Customize(Type type, RuntimePipeline pipeline)
        {
            if (typeof(AmazonS3Client).IsAssignableFrom(type))
            {
                pipeline.AddHandlerBefore<Signer>(new Handler());
            }
        }
    }

    private sealed class Handler : PipelineHandler
    {
        public override void InvokeSync(IExecutionContext executionContext)
        {
            Prepare(executionContext.RequestContext);
            base.InvokeSync(executionContext);
        }

        public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            Prepare(executionContext.RequestContext);
            return base.InvokeAsync<T>(executionContext);
        }

        private static void Prepare(IRequestContext context)
        {
            // An unsigned payload (HTTPS) never asks for the hash, so it needs no stand-in.
            if (context.Request.DisablePayloadSigning != true && context.Signer is not null and not KnownHashSigner && Of(context.OriginalRequest) is { } hash)
            {
                context.Signer = new KnownHashSigner(context.Signer, hash);
            }
        }
    }
}
