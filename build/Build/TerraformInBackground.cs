using System.Diagnostics;
using Build.Terraform;
using Pipeline.Terraform;

namespace Build;

/// <summary>What the background run found and did: the saved plan, whether it changes anything, whether it was applied.</summary>
public sealed record BackgroundTerraform(TerraformSavedPlan Plan, bool HasChanges, bool Applied, TimeSpan Took);

/// <summary>
/// Plans the environment on a worker thread while the service builds and tests, and applies the saved plan at once
/// when it only adds resources (<see cref="TerraformSavedPlan.OnlyAddsResources"/>); any other change waits for the
/// checks. Terraform's standard output is held back and printed by whoever waits, so it does not interleave with the
/// build's; its errors reach the console at once.
/// </summary>
public sealed class TerraformInBackground
{
    private readonly List<string> output = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Task<BackgroundTerraform> work;
    private volatile bool applying;
    private bool printed;

    private TerraformInBackground(BuildContext context, TerraformEnvironment environment) =>
        work = Task.Run(() => Run(context, environment));

    public static TerraformInBackground Start(BuildContext context, TerraformEnvironment environment) => new(context, environment);

    /// <summary>Waits, prints what Terraform printed, and returns the outcome or rethrows its failure.</summary>
    public BackgroundTerraform Wait(Action<string> print)
    {
        var waiting = Stopwatch.StartNew();
        Settle();
        PrintOnce(print);
        var result = work.GetAwaiter().GetResult();
        print($"Terraform ran in the background for {result.Took.TotalSeconds:0.0} s; the build waited {waiting.Elapsed.TotalSeconds:0.0} s for it.");
        return result;
    }

    /// <summary>
    /// For a run that failed before TerraformApply: Terraform holds the state lock, and an apply stopped halfway
    /// leaves it locked, so let it finish; then say what it changed.
    /// </summary>
    public void Abandon(Action<string> print, Action<string> warn)
    {
        if (!work.IsCompleted)
        {
            print(applying
                ? "Waiting for the background Terraform apply (new resources only) to finish: stopping it halfway would leave the state locked."
                : "Waiting for the background Terraform plan to finish and release the state lock; nothing more will be applied.");
        }

        Settle();
        PrintOnce(print);
        if (work.IsCompletedSuccessfully && work.Result.Applied)
        {
            warn("The run failed after Terraform had created new infrastructure (its plan only added resources); the Lambda was not deployed. The next run applies on top of it.");
        }
    }

    private void Settle()
    {
        try
        {
            work.Wait();
        }
        catch (AggregateException)
        {
            // The caller sees the failure through the result, after the output that explains it.
        }
    }

    private void PrintOnce(Action<string> print)
    {
        if (printed)
        {
            return;
        }

        printed = true;
        lock (output)
        {
            output.ForEach(print);
        }
    }

    private BackgroundTerraform Run(BuildContext context, TerraformEnvironment environment)
    {
        var plan = TerraformRun.Settings<PlanSettings>(context, environment);
        plan.OutFile = environment.PlanFile;
        plan.Json = true;
        plan.Print = line => Keep(line);
        var command = new PlanCommand(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
        var changes = command.Run(plan);
        var saved = TerraformSavedPlan.FromPlanEvents(command.Output);
        if (!changes || !saved.OnlyAddsResources)
        {
            if (changes)
            {
                ShowForReview(context, environment);
            }

            return new BackgroundTerraform(saved, changes, Applied: false, clock.Elapsed);
        }

        applying = true;
        Keep("The plan only adds resources: applying it now, while the build goes on.");
        context.TerraformApply(Captured(TerraformRun.SavedPlanApply(context, environment)));
        return new BackgroundTerraform(saved, changes, Applied: true, clock.Elapsed);
    }

    // The plan's events name each change; a change that is not a plain addition waits for the checks, and its
    // reviewer wants the attribute-level diff, which only the saved plan's plain rendering has.
    private void ShowForReview(BuildContext context, TerraformEnvironment environment)
    {
        var show = TerraformRun.Settings<ShowSettings>(context, environment);
        show.PlanFile = environment.PlanFile;
        Keep($"The plan changes or removes what exists; it waits for the checks. {Path.GetRelativePath(context.Paths.Root, environment.PlanFile)} in full:");
        foreach (var line in context.TerraformShow(show).Split('\n'))
        {
            Keep(line);
        }
    }

    private T Captured<T>(T settings)
        where T : TerraformCommandSettings
    {
        settings.SetupProcessSettings = process =>
        {
            process.RedirectStandardOutput = true;
            process.RedirectedStandardOutputHandler = Keep;
        };
        return settings;
    }

    // Returning null keeps the line out of Cake's own log.
    private string Keep(string line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }

        return null!;
    }
}
