namespace Pipeline.Tests.Artifacts;

[SetUpFixture]
public class ScratchCleanup
{
    [OneTimeTearDown]
    public void DeleteTestPackages()
    {
        if (Directory.Exists(LocalArtifactBuckets.Scratch))
        {
            Directory.Delete(LocalArtifactBuckets.Scratch, recursive: true);
        }
    }
}
