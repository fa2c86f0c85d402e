using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Deploy;
using Pipeline.Release;

namespace Build.Tasks.Deploy;

[TaskName(nameof(ShiftTraffic))]
[TaskDescription("Publishes the deployed code as a Lambda version (none when unchanged) and moves the alias to it as pipeline.json's release says, watching the alarms; an alarm rolls the alias back and fails the run.")]
[IsDependentOn(typeof(DeployStack))]
public sealed class ShiftTraffic : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var stack = context.Delivery.Outcome;
        var release = context.TargetEnvironment.Release;
        var function = stack.Outputs.TryGetValue("FunctionName", out var name) ? name : stack.StackName;
        using var lambda = Lambda.Client(context);
        using var cloudWatch = Lambda.Alarms(context);
        if (context.Options.Aws == AwsMode.Local)
        {
            context.Information("The emulator's CloudFormation skips AWS::CloudWatch::Alarm: creating the template's two alarms through CloudWatch.");
            await TemplateAlarms.CreateForEmulatorAsync(cloudWatch, stack.StackName, function, release.Alias, CancellationToken.None);
        }

        var version = await new VersionPublisher(lambda).EnsureAsync(function, CancellationToken.None);
        context.Information(version.IsNew ? $"Published version {version.Version} of {function}." : $"Version {version.Version} of {function} already holds this code: nothing published.");
        var sample = context.Config.Service.SmokeEvent is { } file ? await File.ReadAllTextAsync(context.Config.FullPath(file)) : "{}";
        await new VersionCheck(lambda, context.Options.Aws != AwsMode.Local, message => context.Information(message))
            .RunAsync(function, release.Alias, version.Version, sample, CancellationToken.None);
        var alarms = new AlarmWatch(cloudWatch, [.. TemplateAlarms.Names(stack.StackName), .. release.Alarms]);
        var outcome = await new TrafficShifter(lambda, alarms, new SystemDeployClock(), message => context.Information(message))
            .ShiftAsync(function, release, version, CancellationToken.None);
        var record = Path.Combine(context.Paths.Deploy, context.Delivery.Target.Environment + ".json");
        ReleaseRecord.Write(record, outcome);
        if (outcome.Status == ReleaseStatus.Completed)
        {
            context.Information(outcome.Summary);
        }

        if (outcome.Status == ReleaseStatus.RolledBack)
        {
            throw new CakeException(outcome.Summary + " The stack keeps the new code in $LATEST; the next deploy of a fixed commit replaces it.");
        }
    }
}
