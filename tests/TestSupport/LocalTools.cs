using Pipeline;

namespace TestSupport;

/// <summary>
/// Tests that need moto_server, terraform, the aws CLI or cfn-lint call <see cref="Require"/>: on a developer's
/// machine a missing tool skips the test, in CI (CI=true) it fails loudly. A unit-level run (PIPELINE_TESTS=unit,
/// what PullRequest's BuildTests sets) skips them all: the emulator and Terraform suites run in .ci/run.
/// </summary>
public static class LocalTools
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool UnitLevel => string.Equals(Environment.GetEnvironmentVariable("PIPELINE_TESTS"), "unit", StringComparison.OrdinalIgnoreCase);

    public static string Require(string executable)
    {
        if (UnitLevel)
        {
            Assert.Ignore($"Unit-level run (PIPELINE_TESTS=unit): this test needs '{executable}' and runs in .ci/run.");
        }

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
