namespace Pipeline.Tests.Deploy;

internal static class RepositoryFiles
{
    /// <summary>Reads a file by its path from the repository root.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Find(relativePath));

    public static string Find(string relativePath) =>
        Path.Combine(TestSupport.Repository.Root, relativePath) is var path && File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{relativePath} is not in the repository at {TestSupport.Repository.Root}.");
}
