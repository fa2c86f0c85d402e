using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;
using Cake.Terraform.Apply;
using Cake.Terraform.Destroy;
using Cake.Terraform.Fmt;
using Cake.Terraform.Init;
using Cake.Terraform.Output;
using Cake.Terraform.Plan;
using Cake.Terraform.Show;
using Cake.Terraform.Validate;
using Cake.Terraform.Workspace;

namespace Cake.Terraform;

/// <summary>Terraform CLI aliases. Every command runs non-interactively (<c>-input=false</c>, TF_INPUT=0).</summary>
[CakeAliasCategory("Terraform")]
public static class TerraformAliases
{
    [CakeMethodAlias]
    public static void TerraformInit(this ICakeContext context) => TerraformInit(context, new TerraformInitSettings());

    [CakeMethodAlias]
    public static void TerraformInit(this ICakeContext context, TerraformInitSettings settings) =>
        new TerraformInitRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformValidate(this ICakeContext context) => TerraformValidate(context, new TerraformValidateSettings());

    [CakeMethodAlias]
    public static void TerraformValidate(this ICakeContext context, TerraformValidateSettings settings) =>
        new TerraformValidateRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Plans and returns whether there are changes (exit code 2); exit code 1 throws.</summary>
    [CakeMethodAlias]
    public static bool TerraformPlan(this ICakeContext context) => TerraformPlan(context, new TerraformPlanSettings());

    [CakeMethodAlias]
    public static bool TerraformPlan(this ICakeContext context, TerraformPlanSettings settings) =>
        new TerraformPlanRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformApply(this ICakeContext context) => TerraformApply(context, new TerraformApplySettings());

    [CakeMethodAlias]
    public static void TerraformApply(this ICakeContext context, TerraformApplySettings settings) =>
        new TerraformApplyRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformDestroy(this ICakeContext context) => TerraformDestroy(context, new TerraformDestroySettings());

    [CakeMethodAlias]
    public static void TerraformDestroy(this ICakeContext context, TerraformDestroySettings settings) =>
        new TerraformDestroyRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Returns Terraform's <c>output -json</c> text (or <c>-raw</c> value); never log it, it holds sensitive outputs.</summary>
    [CakeMethodAlias]
    public static string TerraformOutput(this ICakeContext context) => TerraformOutput(context, new TerraformOutputSettings());

    [CakeMethodAlias]
    public static string TerraformOutput(this ICakeContext context, TerraformOutputSettings settings) =>
        new TerraformOutputRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static string TerraformShow(this ICakeContext context) => TerraformShow(context, new TerraformShowSettings());

    [CakeMethodAlias]
    public static string TerraformShow(this ICakeContext context, TerraformShowSettings settings) =>
        new TerraformShowRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Returns true when every file was already formatted; logs the files (and diffs) Terraform reports.</summary>
    [CakeMethodAlias]
    public static bool TerraformFmt(this ICakeContext context) => TerraformFmt(context, new TerraformFmtSettings());

    [CakeMethodAlias]
    public static bool TerraformFmt(this ICakeContext context, TerraformFmtSettings settings)
    {
        var runner = new TerraformFmtRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
        var formatted = runner.Run(settings);
        foreach (var line in runner.Output)
        {
            context.Log.Information("{0}", line);
        }

        return formatted;
    }

    [CakeMethodAlias]
    public static void TerraformWorkspaceNew(this ICakeContext context, string name) =>
        TerraformWorkspaceNew(context, new TerraformWorkspaceNewSettings { Name = name });

    [CakeMethodAlias]
    public static void TerraformWorkspaceNew(this ICakeContext context, TerraformWorkspaceNewSettings settings) =>
        Workspace(context).New(settings);

    [CakeMethodAlias]
    public static void TerraformWorkspaceSelect(this ICakeContext context, string name) =>
        TerraformWorkspaceSelect(context, new TerraformWorkspaceSelectSettings { Name = name });

    [CakeMethodAlias]
    public static void TerraformWorkspaceSelect(this ICakeContext context, TerraformWorkspaceSelectSettings settings) =>
        Workspace(context).Select(settings);

    [CakeMethodAlias]
    public static List<string> TerraformWorkspaceList(this ICakeContext context) =>
        TerraformWorkspaceList(context, new TerraformWorkspaceListSettings());

    [CakeMethodAlias]
    public static List<string> TerraformWorkspaceList(this ICakeContext context, TerraformWorkspaceListSettings settings) =>
        Workspace(context).List(settings);

    [CakeMethodAlias]
    public static string TerraformWorkspaceShow(this ICakeContext context) =>
        TerraformWorkspaceShow(context, new TerraformWorkspaceListSettings());

    [CakeMethodAlias]
    public static string TerraformWorkspaceShow(this ICakeContext context, TerraformWorkspaceListSettings settings) =>
        Workspace(context).Show(settings);

    [CakeMethodAlias]
    public static void TerraformWorkspaceDelete(this ICakeContext context, string name) =>
        TerraformWorkspaceDelete(context, new TerraformWorkspaceDeleteSettings { Name = name });

    [CakeMethodAlias]
    public static void TerraformWorkspaceDelete(this ICakeContext context, TerraformWorkspaceDeleteSettings settings) =>
        Workspace(context).Delete(settings);

    private static TerraformWorkspaceRunner Workspace(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
