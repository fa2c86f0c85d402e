using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Cake.Terraform;
using Cake.Terraform.Apply;
using Cake.Terraform.Plan;
using Cake.Terraform.Show;
using Build.Console;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformApply))]
[TaskDescription("Plans the environment into artifacts/terraform/<env>/<env>.tfplan, reports drift the plan's refresh found, and applies exactly that saved plan.")]
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
        var changes = context.TerraformPlan(plan);
        ReportDrift(context, environment);
        if (!changes)
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

    private static void ReportDrift(BuildContext context, TerraformEnvironment environment)
    {
        var show = TerraformRun.Settings<TerraformShowSettings>(context, environment);
        show.PlanFile = environment.PlanFile;
        show.Json = true;
        var drift = TerraformDrift.Parse(context.TerraformShow(show));
        if (drift.Count == 0)
        {
            context.Information($"Terraform drift: none in {environment.Name}.");
            return;
        }

        var table = ConsoleOutput.Table($"Changed outside Terraform in {environment.Name}", "Resource", "Type", "Found");
        foreach (var resource in drift)
        {
            ConsoleOutput.Row(table, resource.Address, resource.Type, resource.Action == "delete" ? "deleted" : "changed");
        }

        ConsoleOutput.Write(table);
        if (context.Options.StopOnDrift)
        {
            throw new CakeException($"{environment.Name} has drifted (above) and --stop-on-drift is set. Bring the changes into infra/ or revert them, then run again.");
        }

        context.Warning($"{environment.Name} has drifted; this apply restores what infra/ declares. Add --stop-on-drift to stop instead.");
    }
}
