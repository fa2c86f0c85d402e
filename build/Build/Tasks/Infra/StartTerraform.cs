using Cake.Common.Diagnostics;
using Cake.Frosting;

namespace Build.Tasks.Infra;

[TaskName(nameof(StartTerraform))]
[TaskDescription("Plans the environment in the background while the service builds and tests, and applies at once when the plan only adds resources; a plan that changes or destroys anything waits for the checks.")]
[IsDependentOn(typeof(TerraformInit))]
public sealed class StartTerraform : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var environment = context.Terraform.Environment;
        Directory.CreateDirectory(environment.OutputDirectory);
        context.Terraform.Background = TerraformInBackground.Start(context, environment);
        context.Information($"Terraform: planning {environment.Name} in the background into {Path.GetRelativePath(context.Paths.Root, environment.PlanFile)}; TerraformApply prints its output.");
    }
}
