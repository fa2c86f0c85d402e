using Pipeline.LocalAws;
using Pipeline.Permissions;
using TestSupport;

namespace Permissions.Tests;

/// <summary>The recorder source of the deploy role's cases: the deploy stage's real requests, each mapped to its IAM action.</summary>
public class DeployRecordingTests
{
    [Test]
    public async Task Dump()
    {
        LocalTools.Require(MotoServer.Executable);
        var scratch = Repository.Scratch("deploy-recording");
        using var moto = await MotoServer.StartAsync(recordingFile: Path.Combine(scratch, "moto-recording.jsonl"));
        var recording = await DeployRecording.RecordAsync(moto, File.ReadAllText(Path.Combine(Repository.Root, "deploy/lambda.yml")));
        foreach (var r in recording.Requests)
        {
            TestContext.Out.WriteLine($"{r.AccessKey} {r.Shown} {r.Headers.GetValueOrDefault("content-type")} {r.Headers.GetValueOrDefault("x-amz-target")} {r.Body[..Math.Min(r.Body.Length, 300)]}");
        }
    }
}
