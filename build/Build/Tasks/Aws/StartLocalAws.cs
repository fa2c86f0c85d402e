using Cake.Common.Diagnostics;
using Cake.Frosting;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Build.Tasks.Aws;

[TaskName(nameof(StartLocalAws))]
[TaskDescription("Starts moto_server on loopback as the two local accounts (with --aws=local); stopped when the run ends.")]
public sealed class StartLocalAws : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => context.Plan.NeedsAws && context.Options.Aws == AwsMode.Local;

    public override async Task RunAsync(BuildContext context)
    {
        context.LocalAws = await MotoServer.StartAsync();
        context.AwsTarget = new AwsTarget(LocalAccounts.Region, context.LocalAws.Endpoint);
        context.Information($"Local AWS (moto) at {context.LocalAws.Endpoint}: infrastructure account {LocalAccounts.Infrastructure}, runtime account {LocalAccounts.Runtime}.");
    }
}
