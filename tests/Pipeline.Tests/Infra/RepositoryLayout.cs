namespace Pipeline.Tests.Infra;

/// <summary>Finds the checkout the tests were built from; the test binaries may live outside it (--artifacts-path).</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = Find();

    public static string Infra => Path.Combine(Root, "infra");

    /// <summary>
    /// Scratch space beside the test binaries: a build's Clean of artifacts/ running at the same time must not
    /// pull a data directory out from under a terraform run.
    /// </summary>
    public static string ScratchRoot => Path.Combine(TestContext.CurrentContext.WorkDirectory, "infra-tests");

    public static string Scratch(string name)
    {
        var path = Path.Combine(ScratchRoot, name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    }

    private static string Find() => TestSupport.Repository.Root;
}
