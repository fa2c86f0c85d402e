using Amazon.Runtime;

namespace Pipeline.Artifacts;

/// <summary>
/// Whether a part's SigV4 signature must cover its bytes. Over HTTPS it need not: S3 checks each part against its
/// x-amz-checksum-sha256 (a signed header), so signing the payload would only hash every byte once more. Over plain
/// HTTP (the emulator) the SDK refuses an unsigned payload, so the signature keeps covering it, with the part's
/// checksum digest rather than a fresh hash of its bytes (<see cref="PartPayloadHashes"/>).
/// </summary>
public static class PayloadSigning
{
    public static bool Needed(IClientConfig config) =>
        config.UseHttp || (config.ServiceURL is { } url && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
