using Pipeline;

namespace TestSupport;

/// <summary>
/// Tests that need moto_server, terraform, the aws CLI or cfn-lint call <see cref="Require"/>: on a developer's
/// machine a missing tool skips the test, in CI (CI=true) it fails loudly.
/// </summary>
public static class LocalTools
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Require(string executable)
    {
        var path = ExecutableLocator.Find(executable);
        if (path is not null)
        {
            return path;
        }

        var message = $"'{executable}' is not on PATH; this test runs against the real tool.";
        if (InCi)
        {
            Assert.Fail(message + " CI must provide it.");
        }

        Assert.Ignore(message);
        return string.Empty;
    }
}
