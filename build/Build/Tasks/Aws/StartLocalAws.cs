using Cake.Common.Diagnostics;
using Cake.Frosting;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Build.Tasks.Aws;

[TaskName(nameof(StartLocalAws))]
[TaskDescription("With --aws=local: reuses the emulator an earlier --keep-local-aws run left running, or starts moto_server on loopback as the two local accounts (stopped when the run ends unless --keep-local-aws).")]
public sealed class StartLocalAws : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) =>
        context.Options.Aws == AwsMode.Local || context.Skip(nameof(StartLocalAws), "--aws=real uses the accounts in the pipeline file.");

    public override async Task RunAsync(BuildContext context)
    {
        var endpoint = context.Options.LocalAwsEndpoint ?? await KeptAsync(context);
        if (endpoint is null)
        {
            context.Aws.Emulator = await MotoServer.StartAsync(logFile: Path.Combine(context.Paths.LocalAws, "moto.log"));
            endpoint = context.Aws.Emulator.Endpoint;
        }

        context.Aws.Target = new AwsTarget(LocalAccounts.Region, endpoint);
        context.Information($"Local AWS (moto) at {endpoint}: infrastructure account {LocalAccounts.Infrastructure}, runtime account {LocalAccounts.Runtime}.");
    }

    private static async Task<Uri?> KeptAsync(BuildContext context)
    {
        if (KeptEmulator.Read(context.Paths.LocalAws) is not { } kept)
        {
            return null;
        }

        if (!await kept.IsRunningAsync())
        {
            KeptEmulator.Forget(context.Paths.LocalAws);
            context.Information($"The emulator kept at {kept.Endpoint} (pid {kept.ProcessId}) is no longer running; starting a fresh one.");
            return null;
        }

        context.Aws.KeptEmulator = kept;
        context.Information($"Reusing the emulator an earlier run kept (pid {kept.ProcessId}), with what that run created. Stop it with: ./build.sh --target=StopLocalAws");
        return kept.Endpoint;
    }
}
