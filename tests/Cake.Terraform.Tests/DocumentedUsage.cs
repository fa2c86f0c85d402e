using Cake.Core;
using Cake.Terraform.Apply;
using Cake.Terraform.Destroy;
using Cake.Terraform.Init;
using Cake.Terraform.Plan;
using Cake.Terraform.Show;

namespace Cake.Terraform.Tests;

/// <summary>
/// The addin's documented examples (docs/usage/examples.md in cake-contrib/Cake.Terraform), one method each, written
/// as a Frosting task would call them. Compiling this file is the check that the stand-in has the addin's surface;
/// build/swap-check.sh compiles it against another implementation of the package.
/// </summary>
public static class DocumentedUsage
{
    public static void Init(ICakeContext context) => context.TerraformInit();

    public static void InitWithSettings(ICakeContext context)
    {
        var settings = new TerraformInitSettings
        {
            WorkingDirectory = "./terraform",
        };
        context.TerraformInit(settings);
    }

    public static bool Plan(ICakeContext context) => context.TerraformPlan();

    public static bool PlanWithSettings(ICakeContext context)
    {
        var settings = new TerraformPlanSettings
        {
            WorkingDirectory = "./terraform",
            OutFile = "./output/terraform.plan",
        };
        return context.TerraformPlan(settings);
    }

    public static void Show(ICakeContext context) => context.TerraformShow();

    public static void ShowWithSettings(ICakeContext context)
    {
        var settings = new TerraformShowSettings
        {
            PlanFile = "./output/terraform.plan",
            OutFile = "./output/terraform.html",
            OutputFormat = OutputFormat.Html,
        };
        context.TerraformShow(settings);
    }

    public static void Apply(ICakeContext context) => context.TerraformApply();

    public static void ApplyWithSettings(ICakeContext context)
    {
        var settings = new TerraformApplySettings
        {
            Plan = "./output/terraform.plan",
        };
        context.TerraformApply(settings);
    }

    public static void Destroy(ICakeContext context) => context.TerraformDestroy();

    public static void DestroyWithSettings(ICakeContext context)
    {
        var settings = new TerraformDestroySettings
        {
            WorkingDirectory = ".",
            Force = true,
            InputVariables = new Dictionary<string, string>
            {
                { "some-input-variable", "value" },
            },
        };
        context.TerraformDestroy(settings);
    }

    public static void Validate(ICakeContext context) => context.TerraformValidate();
}
