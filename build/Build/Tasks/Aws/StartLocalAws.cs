using Cake.Common.Diagnostics;
using Cake.Frosting;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Build.Tasks.Aws;

[TaskName(nameof(StartLocalAws))]
[TaskDescription("Starts moto_server on loopback as the two local accounts (with --aws=local); stopped when the run ends.")]
public sealed class StartLocalAws : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) =>
        (context.Plan.NeedsAws || context.Plan.CakeTarget == nameof(Infra.Bootstrap)) && context.Options.Aws == AwsMode.Local;

    public override async Task RunAsync(BuildContext context)
    {
        var endpoint = context.Options.LocalAwsEndpoint;
        if (endpoint is null)
        {
            context.LocalAws = await MotoServer.StartAsync();
            endpoint = context.LocalAws.Endpoint;
        }

        context.AwsTarget = new AwsTarget(LocalAccounts.Region, endpoint);
        context.Information($"Local AWS (moto) at {endpoint}: the administrator starts in {LocalAccounts.Administrator} and reaches every account of pipeline.json by AssumeRole.");
    }
}
