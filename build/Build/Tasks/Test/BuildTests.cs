using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Frosting;
using Pipeline.Incremental;

namespace Build.Tasks.Test;

[TaskName(nameof(BuildTests))]
[TaskDescription("Runs the build's own unit-level tests (Build.Tests, Pipeline.Tests; no emulator, no Terraform: those run in .ci/run), so a pull request that weakens a guard fails; skipped when no file changed since their last green run, unless --clean.")]
public sealed class BuildTests : FrostingTask<BuildContext>
{
    public const string Check = "build-tests";

    /// <summary>The unit level: the integration category is left out, and tests needing a tool skip (LocalTools).</summary>
    public const string Filter = "TestCategory!=Integration";

    /// <summary>The configuration build.sh and build.ps1 compile the host in.</summary>
    public const string HostConfiguration = "Release";

    public static readonly IReadOnlyList<string> Projects = ["tests/Build.Tests/Build.Tests.csproj", "tests/Pipeline.Tests/Pipeline.Tests.csproj"];

    public override void Run(BuildContext context)
    {
        if (!context.Checks.Wait(nameof(BuildTests), line => context.Information(line)))
        {
            RunTests(context, line => context.Information(line));
        }
    }

    public static void RunTests(BuildContext context, Action<string> print)
    {
        var green = new GreenRuns(context.Paths.Layout.Green);
        var stamp = CheckInputs.BuildTests(context.Paths.Root, ToolVersion.Of("dotnet", ["--version"], context.Paths.Root));
        if (!context.Options.Clean && green.UnchangedSince(Check, stamp) is { } last)
        {
            print($"Build tests skipped: no file in the repository and not the SDK changed since the green run {last.Run} at {last.At:u} (stamp {stamp}); --clean runs them.");
            return;
        }

        foreach (var project in Projects)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            context.DotNetTest(Path.Combine(context.Paths.Root, project), new DotNetTestSettings
            {
                Filter = Filter,
                EnvironmentVariables = new Dictionary<string, string> { ["PIPELINE_TESTS"] = "unit" },
                // Release into the projects' own obj/, where build.sh compiled the host: the build's projects are
                // up to date, so only the test projects compile (build.sh's staleness check skips bin/ and obj/).
                Configuration = HostConfiguration,
                Loggers = [$"junit;LogFilePath={Path.Combine(context.Paths.TestResults, name + ".xml")}", "console;verbosity=minimal"],
                SetupProcessSettings = process =>
                {
                    process.RedirectStandardOutput = true;
                    process.RedirectedStandardOutputHandler = line =>
                    {
                        if (line is not null)
                        {
                            print(line);
                        }

                        return null!;
                    };
                },
            });
        }

        green.Record(Check, stamp, context.BuildId, DateTimeOffset.UtcNow);
        print($"Build tests passed: {string.Join(", ", Projects.Select(Path.GetFileNameWithoutExtension))} ({Filter}).");
    }
}
