using Pipeline.LocalAws;
using Pipeline.Permissions;
using TestSupport;

namespace Permissions.Tests;

/// <summary>The recorder source of the proof: the artifact store's real requests, signed by the recorded session.</summary>
public class ArtifactRecordingTests
{
    [Test]
    public async Task Multipart_parts_are_recorded_and_authorize_as_PutObject_without_encryption_keys()
    {
        LocalTools.Require(MotoServer.Executable);
        var scratch = Repository.Scratch("recording");
        using var moto = await MotoServer.StartAsync(recordingFile: Path.Combine(scratch, "moto-recording.jsonl"));

        var recording = await ArtifactRecording.RecordAsync(moto, "111111111111", "eu-west-1", scratch);
        var mapped = recording.Requests.Select(r => (r, S3Authorization.Map(r))).ToList();

        Assert.That(recording.Requests.Select(r => r.AccessKey), Is.All.EqualTo(recording.SessionAccessKey));
        var parts = mapped.Where(m => m.r.Method == "PUT" && m.r.Url.Query.Contains("partNumber=", StringComparison.Ordinal)).ToList();
        Assert.That(parts, Has.Count.EqualTo(3), "11 MiB in 5 MiB parts");
        Assert.That(parts.Select(p => p.Item2.Action), Is.All.EqualTo("s3:PutObject"));
        Assert.That(parts.SelectMany(p => p.Item2.Context), Is.Empty);
        var create = mapped.Single(m => m.r.Method == "POST" && m.r.Url.Query.Contains("uploads", StringComparison.Ordinal));
        Assert.That(create.Item2.Context, Does.Contain(("s3:x-amz-server-side-encryption", "aws:kms")).And.Contain(("s3:x-amz-server-side-encryption-aws-kms-key-id", recording.Bucket.KmsKeyArn)));
        Assert.That(mapped.SelectMany(m => m.Item2.Context).Select(c => c.Item1), Has.None.EqualTo("s3:x-amz-acl"));
    }
}
