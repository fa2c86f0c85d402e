using Cake.Core;
using Cake.Core.Annotations;
using Cake.Terraform.Apply;
using Cake.Terraform.Destroy;
using Cake.Terraform.EnvDelete;
using Cake.Terraform.EnvList;
using Cake.Terraform.EnvNew;
using Cake.Terraform.EnvSelect;
using Cake.Terraform.Init;
using Cake.Terraform.Output;
using Cake.Terraform.Plan;
using Cake.Terraform.Refresh;
using Cake.Terraform.Show;
using Cake.Terraform.Validate;

namespace Cake.Terraform;

/// <summary>The addin's aliases: one runner each, built from the context's file system, environment, process runner and tool locator.</summary>
[CakeAliasCategory("Terraform")]
public static class TerraformAliases
{
    [CakeMethodAlias]
    public static void TerraformInit(this ICakeContext context) => TerraformInit(context, new TerraformInitSettings());

    [CakeMethodAlias]
    public static void TerraformInit(this ICakeContext context, TerraformInitSettings settings) =>
        new TerraformInitRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static bool TerraformPlan(this ICakeContext context) => TerraformPlan(context, new TerraformPlanSettings());

    /// <summary>Returns whether the plan has changes (exit code 2).</summary>
    [CakeMethodAlias]
    public static bool TerraformPlan(this ICakeContext context, TerraformPlanSettings settings)
    {
        var runner = new TerraformPlanRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
        runner.Run(settings);
        return runner.HasChanges;
    }

    [CakeMethodAlias]
    public static void TerraformApply(this ICakeContext context) => TerraformApply(context, new TerraformApplySettings());

    [CakeMethodAlias]
    public static void TerraformApply(this ICakeContext context, TerraformApplySettings settings) =>
        new TerraformApplyRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Throws: a show needs <see cref="TerraformShowSettings.PlanFile"/>.</summary>
    [CakeMethodAlias]
    public static void TerraformShow(this ICakeContext context) => TerraformShow(context, new TerraformShowSettings());

    [CakeMethodAlias]
    public static void TerraformShow(this ICakeContext context, TerraformShowSettings settings) =>
        new TerraformShowRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformDestroy(this ICakeContext context) => TerraformDestroy(context, new TerraformDestroySettings());

    [CakeMethodAlias]
    public static void TerraformDestroy(this ICakeContext context, TerraformDestroySettings settings) =>
        new TerraformDestroyRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformEnvDelete(this ICakeContext context) => TerraformEnvDelete(context, new TerraformEnvDeleteSettings());

    [CakeMethodAlias]
    public static void TerraformEnvDelete(this ICakeContext context, TerraformEnvDeleteSettings settings) =>
        new TerraformEnvDeleteRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Lists the workspaces and drops the result, as the addin does; pass settings to get the names.</summary>
    [CakeMethodAlias]
    public static void TerraformEnvList(this ICakeContext context) => TerraformEnvList(context, new TerraformEnvListSettings());

    [CakeMethodAlias]
    public static List<string> TerraformEnvList(this ICakeContext context, TerraformEnvListSettings settings) =>
        new TerraformEnvListRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformEnvNew(this ICakeContext context, string environment) =>
        TerraformEnvNew(context, new TerraformEnvNewSettings { Environment = environment });

    [CakeMethodAlias]
    public static void TerraformEnvNew(this ICakeContext context, TerraformEnvNewSettings settings) =>
        new TerraformEnvNewRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformEnvSelect(this ICakeContext context, string environment) =>
        TerraformEnvSelect(context, new TerraformEnvSelectSettings { Environment = environment });

    [CakeMethodAlias]
    public static void TerraformEnvSelect(this ICakeContext context, TerraformEnvSelectSettings settings) =>
        new TerraformEnvSelectRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformRefresh(this ICakeContext context) => TerraformRefresh(context, new TerraformRefreshSettings());

    [CakeMethodAlias]
    public static void TerraformRefresh(this ICakeContext context, TerraformRefreshSettings settings) =>
        new TerraformRefreshRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    [CakeMethodAlias]
    public static void TerraformValidate(this ICakeContext context) => TerraformValidate(context, new TerraformValidateSettings());

    [CakeMethodAlias]
    public static void TerraformValidate(this ICakeContext context, TerraformValidateSettings settings) =>
        new TerraformValidateRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);

    /// <summary>Returns standard output; there is no overload without settings.</summary>
    [CakeMethodAlias]
    public static string TerraformOutput(this ICakeContext context, TerraformOutputSettings settings) =>
        new TerraformOutputRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Run(settings);
}
