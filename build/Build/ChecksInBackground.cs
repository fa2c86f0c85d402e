using System.Diagnostics;

namespace Build;

/// <summary>
/// Checks that need nothing from the build (cfn-lint, each root's terraform validate, the build's own tests), run
/// on worker threads beside the dotnet chain. Like <see cref="TerraformInBackground"/>, a check's output is held
/// back and printed by the task that waits for it, which then fails the run when the check failed.
/// </summary>
public sealed class ChecksInBackground
{
    private readonly Dictionary<string, Check> checks = new(StringComparer.Ordinal);

    /// <summary>Starts <paramref name="work"/>, which reports through the line writer it is given and throws on failure.</summary>
    public void Start(string name, Action<Action<string>> work)
    {
        var check = new Check();
        check.Work = Task.Run(() =>
        {
            try
            {
                work(check.Keep);
            }
            finally
            {
                check.Took = check.Clock.Elapsed;
            }
        });
        lock (checks)
        {
            checks.Add(name, check);
        }
    }

    /// <summary>
    /// Waits for the check, prints what it printed and rethrows its failure; false when it was never started (the
    /// caller then runs it itself).
    /// </summary>
    public bool Wait(string name, Action<string> print)
    {
        Check? check;
        lock (checks)
        {
            checks.TryGetValue(name, out check);
        }

        if (check is null)
        {
            return false;
        }

        var waiting = Stopwatch.StartNew();
        check.Settle();
        check.Lines.ForEach(print);
        check.Work.GetAwaiter().GetResult();
        print($"{name} ran in the background for {check.Took.TotalSeconds:0.0} s; the build waited {waiting.Elapsed.TotalSeconds:0.0} s for it.");
        return true;
    }

    /// <summary>For a run that failed first: lets the checks finish, so no tool outlives the build writing under artifacts/.</summary>
    public void Settle()
    {
        lock (checks)
        {
            foreach (var check in checks.Values)
            {
                check.Settle();
            }
        }
    }

    private sealed class Check
    {
        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public Task Work { get; set; } = Task.CompletedTask;

        public List<string> Lines { get; } = [];

        public TimeSpan Took { get; set; }

        public void Keep(string line)
        {
            lock (Lines)
            {
                Lines.Add(line);
            }
        }

        public void Settle()
        {
            try
            {
                Work.Wait();
            }
            catch (AggregateException)
            {
                // The waiting task rethrows it, after the output that explains it.
            }
        }
    }
}
