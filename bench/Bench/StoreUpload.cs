using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using Amazon.S3;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Bench;

/// <summary>One ArtifactStore upload to the emulator; prints "seconds,bytes_uploaded,multipart" for the caller's CSV.</summary>
public static class StoreUpload
{
    public static async Task<int> RunAsync(Uri endpoint, string bucket, string kmsKeyArn, string file)
    {
        var target = new AwsTarget(LocalAccounts.Region, endpoint);
        var credentials = new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);
        using var s3 = new AmazonS3Client(credentials, target.Configure(new AmazonS3Config()));
        var clock = Stopwatch.StartNew();
        var result = await new ArtifactStore(s3).UploadAsync(new ArtifactBucket(bucket, kmsKeyArn), "bench", file);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:0.000},{result.BytesUploaded},{result.Multipart}"));
        return 0;
    }
}
