using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Processes;

namespace Build.Tasks.Validate;

[TaskName(nameof(LintTemplate))]
[TaskDescription("Lints the CloudFormation template with cfn-lint; waits for it when StartChecks runs it in the background.")]
public sealed class LintTemplate : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        if (!context.Checks.Wait(nameof(LintTemplate), line => context.Information(line)))
        {
            Lint(context, line => context.Information(line));
        }
    }

    public static void Lint(BuildContext context, Action<string> print)
    {
        var template = context.Config.TemplatePath;
        var shown = template.StartsWith(context.Paths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(context.Paths.Root, template)
            : template;
        var result = new ProcessRunner().RunAsync(new ProcessSpec("cfn-lint", ["--format", "parseable", "--", template])
        {
            Timeout = TimeSpan.FromMinutes(5),
        }).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new CakeException($"cfn-lint found problems in {shown}; fix them and run again:" +
                Environment.NewLine + result.StandardOutput + result.StandardError);
        }

        print($"cfn-lint: {shown} is clean.");
    }
}
