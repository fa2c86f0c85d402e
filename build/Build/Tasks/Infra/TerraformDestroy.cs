using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Terraform;
using Build.Tasks.Deploy;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformDestroy))]
[TaskDescription("Plans the destruction of the environment's Terraform resources (listed first), then applies exactly that plan.")]
[IsDependentOn(typeof(DestroyStack))]
public sealed class TerraformDestroy : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var environment = context.Terraform.Environment;
        var plan = TerraformRun.Settings<PlanSettings>(context, environment);
        plan.Destroy = true;
        plan.OutFile = environment.PlanFile;
        if (!context.TerraformPlan(plan))
        {
            context.Information($"Terraform: {environment.Name} holds nothing to destroy.");
            return;
        }

        context.TerraformApply(TerraformRun.SavedPlanApply(context, environment));
        context.Information($"Terraform: {environment.Name} destroyed; the pipeline can rebuild it from nothing.");
    }
}
