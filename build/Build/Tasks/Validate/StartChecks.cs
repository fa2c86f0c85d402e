using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Graph;
using Build.Tasks.Infra;

namespace Build.Tasks.Validate;

[TaskName(nameof(StartChecks))]
[TaskDescription("Starts the checks that need nothing from the build (cfn-lint, terraform validate, the build's own tests) in the background beside the dotnet chain; LintTemplate, TerraformValidate and BuildTests wait for them and fail the run if they failed.")]
[IsDependentOn(typeof(Compile.Clean))]
[IsDependentOn(typeof(WriteTerraformConfig))]
public sealed class StartChecks : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var tasks = TaskGraph.FromAssembly(typeof(BuildContext).Assembly).Closure(context.Request.TargetName);
        var checks = new (string Task, Action<BuildContext, Action<string>> Work)[]
        {
            (nameof(LintTemplate), LintTemplate.Lint),
            (nameof(TerraformValidate), TerraformValidate.Validate),
            (nameof(Test.BuildTests), Test.BuildTests.RunTests),
        };
        var started = checks.Where(check => tasks.Contains(check.Task)).ToList();
        foreach (var (task, work) in started)
        {
            context.Checks.Start(task, print => work(context, print));
        }

        context.Information(started.Count == 0
            ? "No check of this target runs in the background."
            : $"Started in the background: {string.Join(", ", started.Select(check => check.Task))}; each prints its output when its task waits for it.");
    }
}
