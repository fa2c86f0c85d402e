using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Processes;

namespace Build.Tasks.Validate;

[TaskName(nameof(LintTemplate))]
[TaskDescription("Lints the CloudFormation template with cfn-lint.")]
public sealed class LintTemplate : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var template = context.Config.TemplatePath;
        var shown = template.StartsWith(context.Paths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(context.Paths.Root, template)
            : template;
        var result = await new ProcessRunner().RunAsync(new ProcessSpec("cfn-lint", ["--format", "parseable", "--", template])
        {
            Timeout = TimeSpan.FromMinutes(5),
        });
        if (!result.Succeeded)
        {
            throw new CakeException($"cfn-lint found problems in {shown}; fix them and run again:" +
                Environment.NewLine + result.StandardOutput + result.StandardError);
        }

        context.Information($"cfn-lint: {shown} is clean.");
    }
}
