namespace Pipeline.Tests.Packaging;

/// <summary>Finds the checkout the tests came from (test binaries may live under a separate artifacts path).</summary>
internal static class RepositoryRoot
{
    public static string Find() => TestSupport.Repository.Root;
}
