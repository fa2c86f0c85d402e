using Cake.Common.Diagnostics;
using Cake.Frosting;
using Cake.Terraform;
using Cake.Terraform.Apply;
using Cake.Terraform.Plan;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformApply))]
[TaskDescription("Plans the environment into artifacts/terraform/<env>/<env>.tfplan and applies exactly that saved plan.")]
[IsDependentOn(typeof(TerraformInit))]
public sealed class TerraformApply : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => context.Plan.AppliesInfrastructure;

    public override void Run(BuildContext context)
    {
        var environment = context.Terraform!;
        Directory.CreateDirectory(environment.OutputDirectory);
        var plan = TerraformRun.Settings<TerraformPlanSettings>(context, environment);
        plan.OutFile = environment.PlanFile;
        if (!context.TerraformPlan(plan))
        {
            context.Information($"Terraform: {environment.Name} is up to date; nothing to apply.");
            return;
        }

        var apply = TerraformRun.Settings<TerraformApplySettings>(context, environment);
        apply.Plan = environment.PlanFile;
        apply.Variables.Clear();
        context.TerraformApply(apply);
        context.Information($"Terraform: applied {Path.GetRelativePath(context.Paths.Root, environment.PlanFile)}.");
    }
}
