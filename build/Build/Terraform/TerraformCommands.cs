using Cake.Core;
using Cake.Core.Diagnostics;

namespace Build.Terraform;

/// <summary>
/// The Terraform commands this build runs beyond what the Cake.Terraform addin offers: <c>-chdir</c>,
/// <c>-lock-timeout</c>, several <c>-var-file</c>s, masked secrets, saved-plan apply, <c>fmt -check</c>,
/// <c>plan -json</c> events. Every command runs non-interactively (<c>-input=false</c>, TF_INPUT=0).
/// </summary>
public static class TerraformCommands
{
    public static void TerraformInit(this ICakeContext context, InitSettings settings) =>
        new InitCommand(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Plans and returns whether there are changes (exit code 2); exit code 1 throws.</summary>
    public static bool TerraformPlan(this ICakeContext context, PlanSettings settings) =>
        new PlanCommand(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    public static void TerraformApply(this ICakeContext context, ApplySettings settings) =>
        new ApplyCommand(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Returns Terraform's <c>output -json</c> text (or <c>-raw</c> value); never log it, it holds sensitive outputs.</summary>
    public static string TerraformOutput(this ICakeContext context, OutputSettings settings) =>
        new OutputCommand(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Returns what <c>terraform show</c> printed (with <c>-json</c>, the saved plan as JSON).</summary>
    public static string TerraformShow(this ICakeContext context, ShowSettings settings) =>
        new ShowCommand(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Returns true when every file was already formatted; logs the files (and diffs) Terraform reports.</summary>
    public static bool TerraformFmt(this ICakeContext context, FmtSettings settings)
    {
        var command = new FmtCommand(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
        var formatted = command.Run(settings);
        foreach (var line in command.Output)
        {
            context.Log.Information("{0}", line);
        }

        return formatted;
    }
}
