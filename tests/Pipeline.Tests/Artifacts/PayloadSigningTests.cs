using Amazon;
using Amazon.S3;
using Pipeline.Artifacts;

namespace Pipeline.Tests.Artifacts;

/// <summary>A part's bytes are hashed for the signature only where S3's own checksum check is not enough to rely on alone.</summary>
public class PayloadSigningTests
{
    [Test]
    public void A_regional_endpoint_is_https_so_the_part_checksum_alone_guards_the_bytes() =>
        Assert.That(PayloadSigning.Needed(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 }), Is.False);

    [Test]
    public void An_https_service_url_needs_no_payload_signature() =>
        Assert.That(PayloadSigning.Needed(new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com" }), Is.False);

    [Test]
    public void The_emulator_over_plain_http_keeps_the_payload_signed() =>
        Assert.That(PayloadSigning.Needed(new AmazonS3Config { ServiceURL = "http://127.0.0.1:5000" }), Is.True);

    [Test]
    public void UseHttp_keeps_the_payload_signed() =>
        Assert.That(PayloadSigning.Needed(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1, UseHttp = true }), Is.True);
}
