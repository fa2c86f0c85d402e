using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using Amazon.S3;
using Pipeline.Artifacts;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Bench;

/// <summary>
/// One ArtifactStore upload to the emulator; prints "seconds,bytes_uploaded,multipart" for the caller's CSV and the
/// store's log lines, each with the seconds elapsed and the process's CPU seconds so far, on stderr. BENCH_PART_MIB and BENCH_CONCURRENCY override the
/// store's defaults, for trying other settings.
/// </summary>
public static class StoreUpload
{
    public static async Task<int> RunAsync(Uri endpoint, string bucket, string kmsKeyArn, string file)
    {
        var target = new AwsTarget(LocalAccounts.Region, endpoint);
        var credentials = new BasicAWSCredentials(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);
        using var s3 = new AmazonS3Client(credentials, target.Configure(new AmazonS3Config()));
        var defaults = new ArtifactStoreOptions();
        var options = defaults with
        {
            PartSize = Setting("BENCH_PART_MIB", defaults.PartSize >> 20) << 20,
            Concurrency = (int)Setting("BENCH_CONCURRENCY", defaults.Concurrency),
        };
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine(Invariant($"{clock.Elapsed.TotalSeconds:0.000} cpu {Cpu():0.000} {message}"));
        Log("Starting.");
        var store = new ArtifactStore(s3, Log, options: options);
        var result = await store.UploadAsync(new ArtifactBucket(bucket, kmsKeyArn), "bench", file);
        clock.Stop();
        Log("Done.");
        Console.WriteLine(Invariant($"{clock.Elapsed.TotalSeconds:0.000},{result.BytesUploaded},{result.Multipart}"));
        return 0;
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static long Setting(string name, long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
