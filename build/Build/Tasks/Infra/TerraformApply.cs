using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Build.Terraform;
using Build.Console;
using Pipeline.Terraform;

namespace Build.Tasks.Infra;

[TaskName(nameof(TerraformApply))]
[TaskDescription("Waits for the plan StartTerraform made (artifacts/terraform/<env>/<env>.tfplan), reports drift its refresh found, and applies exactly that saved plan unless it was applied already.")]
[IsDependentOn(typeof(StartTerraform))]
public sealed class TerraformApply : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var environment = context.Terraform.Environment;
        var running = context.Terraform.Background ?? throw new InvalidOperationException(
            "Terraform is not planning in the background: the StartTerraform task starts it, and it has not run in this run.");
        var background = running.Wait(System.Console.WriteLine);
        context.Terraform.Background = null;
        ReportDrift(context, environment, background.Plan.Drift);
        if (!background.HasChanges || background.Applied)
        {
            context.Information(background.Applied
                ? $"Terraform: applied {Path.GetRelativePath(context.Paths.Root, environment.PlanFile)} during the build (it only added resources)."
                : $"Terraform: {environment.Name} is up to date; nothing to apply.");
            return;
        }

        context.TerraformApply(TerraformRun.SavedPlanApply(context, environment));
        context.Information($"Terraform: applied {Path.GetRelativePath(context.Paths.Root, environment.PlanFile)}.");
    }

    private static void ReportDrift(BuildContext context, TerraformEnvironment environment, IReadOnlyList<TerraformResourceChange> drift)
    {
        var response = DriftResponses.For(drift.Count, context.Options.StopOnDrift);
        if (response == DriftResponse.None)
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
        if (response == DriftResponse.Stop)
        {
            throw new CakeException($"{environment.Name} has drifted (above) and --stop-on-drift is set. Bring the changes into infra/ or revert them, then run again.");
        }

        context.Warning($"{environment.Name} has drifted; this apply restores what infra/ declares. Add --stop-on-drift to stop instead.");
    }
}
