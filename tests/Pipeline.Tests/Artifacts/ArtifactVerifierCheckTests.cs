using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Artifacts;

namespace Pipeline.Tests.Artifacts;

/// <summary>What a HeadObject answer must show before an object counts as ours: the bucket's KMS key and our SHA-256.</summary>
public class ArtifactVerifierCheckTests
{
    private const string KeyArn = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-0000-0000-0000-000000000000";
    private const string Sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private const string Where = "s3://artifacts/greeter/x.zip";
    private static readonly ArtifactBucket Bucket = new("artifacts", KeyArn);

    [Test]
    public void A_head_with_the_key_metadata_and_checksum_is_stored_as_reported()
    {
        var stored = Check(Head(), Sha.ToUpperInvariant());

        Assert.That(stored, Is.EqualTo(new StoredArtifact("artifacts", "greeter/x.zip", 4096, Sha, KeyArn, Sha256File.ToBase64(Sha), false)));
    }

    [TestCase(null, "nothing")]
    [TestCase("AES256", "AES256")]
    public void Anything_but_aws_kms_is_refused_naming_the_encryption(string? method, string named)
    {
        var head = Head();
        head.ServerSideEncryptionMethod = method is null ? null : new ServerSideEncryptionMethod(method);

        Assert.That(() => Check(head, Sha), Throws.TypeOf<ArtifactStoreException>().With.Message.EqualTo(
            $"{Where} is encrypted with '{named}', not aws:kms with {KeyArn}. Artifacts must use the customer-managed key: check the " +
            "bucket's default encryption and the key ARN in the Terraform outputs, then upload again."));
    }

    [TestCase(null, "(none reported)")]
    [TestCase("", "")]
    [TestCase("arn:aws:kms:eu-west-1:111111111111:key/other", "arn:aws:kms:eu-west-1:111111111111:key/other")]
    [TestCase("abcd-0000-0000-0000-000000000000", "abcd-0000-0000-0000-000000000000")]
    public void Another_or_no_kms_key_is_refused_naming_both(string? keyId, string named)
    {
        var head = Head();
        head.ServerSideEncryptionKeyManagementServiceKeyId = keyId;

        Assert.That(() => Check(head, Sha), Throws.TypeOf<ArtifactStoreException>().With.Message.EqualTo(
            $"{Where} is encrypted with KMS key '{named}', expected {KeyArn}. The runtime account can only decrypt with the shared " +
            "customer-managed key: re-upload with that key ARN."));
    }

    [Test]
    public void The_bare_key_id_some_endpoints_report_matches_the_arn()
    {
        var head = Head();
        head.ServerSideEncryptionKeyManagementServiceKeyId = "1234abcd-0000-0000-0000-000000000000";

        Assert.That(Check(head, Sha).KmsKeyId, Is.EqualTo("1234abcd-0000-0000-0000-000000000000"));
    }

    [Test]
    public void Other_sha256_metadata_is_refused()
    {
        var head = Head();
        head.Metadata[ArtifactVerifier.Sha256Metadata] = new string('0', 64);

        Assert.That(() => Check(head, Sha), Throws.TypeOf<ArtifactStoreException>().With.Message.EqualTo(
            $"{Where} records SHA-256 {new string('0', 64)}, expected {Sha}. Delete the object and upload again."));
    }

    [Test]
    public void A_full_object_checksum_of_other_bytes_is_refused()
    {
        var head = Head();
        head.ChecksumSHA256 = Sha256File.ToBase64(new string('0', 64));

        Assert.That(() => Check(head, Sha), Throws.TypeOf<ArtifactStoreException>().With.Message.EqualTo(
            $"{Where} has S3 checksum {head.ChecksumSHA256}, which is not the SHA-256 {Sha}. Delete the object and upload again."));
    }

    [Test]
    public void A_composite_checksum_is_not_compared_with_the_file_hash()
    {
        var head = Head();
        head.ChecksumSHA256 = Sha256File.ToBase64(new string('0', 64)) + "-2";

        var stored = Check(head, Sha);

        Assert.That(stored.IsComposite, Is.True);
        Assert.That(stored.ChecksumSha256, Is.EqualTo(head.ChecksumSHA256));
    }

    [Test]
    public void Either_the_checksum_or_the_metadata_alone_is_enough()
    {
        var withoutMetadata = Head();
        withoutMetadata.Metadata[ArtifactVerifier.Sha256Metadata] = string.Empty;
        var withoutChecksum = Head();
        withoutChecksum.ChecksumSHA256 = null;

        Assert.That(Check(withoutMetadata, Sha).Sha256, Is.Null);
        Assert.That(Check(withoutChecksum, Sha).Sha256, Is.EqualTo(Sha));
    }

    [Test]
    public void Neither_a_checksum_nor_metadata_cannot_be_verified()
    {
        var head = Head();
        head.ChecksumSHA256 = null;
        head.Metadata[ArtifactVerifier.Sha256Metadata] = string.Empty;

        Assert.That(() => Check(head, Sha), Throws.TypeOf<ArtifactStoreException>().With.Message.EqualTo(
            $"{Where} carries neither a SHA-256 checksum nor sha256 metadata, so its content cannot be verified. Upload it again."));
    }

    [Test]
    public void Without_an_expected_hash_only_the_encryption_is_checked()
    {
        var head = Head();
        head.ChecksumSHA256 = null;
        head.Metadata[ArtifactVerifier.Sha256Metadata] = new string('0', 64);

        Assert.That(Check(head, null).Sha256, Is.EqualTo(new string('0', 64)));
    }

    [TestCase(null, null, null, false)]
    [TestCase("COMPOSITE", null, null, true)]
    [TestCase("FULL_OBJECT", "abc=", "\"d41d8cd98f00b204e9800998ecf8427e\"", false)]
    [TestCase(null, "abc=-3", null, true)]
    [TestCase(null, "abc=", "\"d41d8cd98f00b204e9800998ecf8427e-3\"", true)]
    public void Composite_means_marked_so_or_a_dash_count_on_the_checksum_or_etag(string? type, string? checksum, string? etag, bool composite)
    {
        var head = new GetObjectMetadataResponse { ChecksumSHA256 = checksum, ETag = etag };
        if (type is not null)
        {
            head.ChecksumType = new ChecksumType(type);
        }

        Assert.That(ArtifactVerifier.IsComposite(head), Is.EqualTo(composite));
    }

    private static StoredArtifact Check(GetObjectMetadataResponse head, string? expected) => ArtifactVerifier.Check(Bucket, "greeter/x.zip", head, expected);

    private static GetObjectMetadataResponse Head()
    {
        var head = new GetObjectMetadataResponse
        {
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            ServerSideEncryptionKeyManagementServiceKeyId = KeyArn,
            ChecksumSHA256 = Sha256File.ToBase64(Sha),
            ContentLength = 4096,
            ETag = "\"d41d8cd98f00b204e9800998ecf8427e\"",
        };
        head.Metadata[ArtifactVerifier.Sha256Metadata] = Sha;
        return head;
    }
}
