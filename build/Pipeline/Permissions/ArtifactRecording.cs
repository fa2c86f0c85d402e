using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Pipeline.Permissions;

/// <summary>
/// Runs the artifact store's calls as a push build does (a small package with its manifest, a multipart package,
/// the commit and stack records) against the emulator as an assumed role, with moto's request recorder on, and
/// returns what was recorded with the access key of that role session, so each request maps to its principal.
/// </summary>
public static class ArtifactRecording
{
    public sealed record Recording(IReadOnlyList<RecordedRequest> Requests, string SessionAccessKey, ArtifactBucket Bucket);

    public static async Task<Recording> RecordAsync(MotoServer moto, string account, string region, string scratch, CancellationToken cancel = default)
    {
        var target = new AwsTarget(region, moto.Endpoint);
        using var sts = new AmazonSecurityTokenServiceClient(new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey), target.Configure(new AmazonSecurityTokenServiceConfig()));
        var assumed = (await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = $"arn:aws:iam::{account}:role/recorded-push-build", RoleSessionName = "recording" }, cancel).ConfigureAwait(false)).Credentials;
        var credentials = new SessionAWSCredentials(assumed.AccessKeyId, assumed.SecretAccessKey, assumed.SessionToken);
        using var s3 = new AmazonS3Client(credentials, target.Configure(new AmazonS3Config()));
        using var kms = new AmazonKeyManagementServiceClient(credentials, target.Configure(new AmazonKeyManagementServiceConfig()));

        var key = (await kms.CreateKeyAsync(new CreateKeyRequest(), cancel).ConfigureAwait(false)).KeyMetadata.Arn;
        var bucket = new ArtifactBucket($"recorded-artifacts-{account}", key);
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket.Name, BucketRegion = S3Region.FindValue(region) }, cancel).ConfigureAwait(false);
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest { BucketName = bucket.Name, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } }, cancel).ConfigureAwait(false);

        Directory.CreateDirectory(scratch);
        var small = await WriteAsync(Path.Combine(scratch, "small.zip"), 64 * 1024, cancel).ConfigureAwait(false);
        var big = await WriteAsync(Path.Combine(scratch, "big.zip"), 11 * 1024 * 1024, cancel).ConfigureAwait(false);
        // One part at a time: the recorder appends each request (body included) to one file, and parallel parts interleave.
        var store = new ArtifactStore(s3, options: new ArtifactStoreOptions(MultipartThreshold: 10 * 1024 * 1024, PartSize: 5 * 1024 * 1024, Concurrency: 1));

        await MotoRecorder.PostAsync(moto.Endpoint, "reset-recording", cancel).ConfigureAwait(false);
        await MotoRecorder.PostAsync(moto.Endpoint, "start-recording", cancel).ConfigureAwait(false);
        try
        {
            await store.UploadAsync(bucket, "greeter", small, "{}", cancel: cancel).ConfigureAwait(false);
            await store.UploadAsync(bucket, "greeter", big, cancel: cancel).ConfigureAwait(false);
            await store.RecordCommitAsync(bucket, "greeter", "0123456789abcdef0123456789abcdef01234567", "{}", cancel).ConfigureAwait(false);
            await store.RecordStackAsync(bucket, "greeter", "greeter-preprod", "{}", cancel).ConfigureAwait(false);
            await store.FindCommitAsync(bucket, "greeter", "0123456789abcdef0123456789abcdef01234567", cancel).ConfigureAwait(false);
        }
        finally
        {
            await MotoRecorder.PostAsync(moto.Endpoint, "stop-recording", cancel).ConfigureAwait(false);
        }

        var recording = await MotoRecorder.DownloadAsync(moto.Endpoint, cancel).ConfigureAwait(false);
        return new Recording(RecordedRequest.Parse(recording), assumed.AccessKeyId, bucket);
    }

    private static async Task<string> WriteAsync(string path, int size, CancellationToken cancel)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes, cancel).ConfigureAwait(false);
        return path;
    }
}
