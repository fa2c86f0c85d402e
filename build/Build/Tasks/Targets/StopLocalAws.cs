using Cake.Common.Diagnostics;
using Cake.Frosting;
using Pipeline.LocalAws;

namespace Build.Tasks.Targets;

[TaskName(nameof(StopLocalAws))]
[TaskDescription("Stops the emulator a --keep-local-aws run left running (exactly the process recorded in artifacts/local-aws/emulator.json); the next local run starts from nothing.")]
public sealed class StopLocalAws : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var folder = context.Paths.LocalAws;
        if (KeptEmulator.Read(folder) is not { } kept)
        {
            context.Information("No kept local AWS emulator is recorded: nothing to stop.");
            return;
        }

        if (await kept.IsRunningAsync())
        {
            kept.Stop();
            context.Information($"Stopped the local AWS emulator at {kept.Endpoint} (moto_server, pid {kept.ProcessId}).");
        }
        else
        {
            context.Information($"The emulator kept at {kept.Endpoint} (pid {kept.ProcessId}) was no longer running.");
        }

        KeptEmulator.Forget(folder);
    }
}
