using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Deploy;
using Pipeline.Release;

namespace Build.Tasks.Deploy;

[TaskName(nameof(ShiftTraffic))]
[TaskDescription("Publishes each function's deployed code as a Lambda version (none when unchanged) and moves their aliases together as pipeline.json's release says, watching the alarms; an alarm rolls every alias back and fails the run.")]
[IsDependentOn(typeof(DeployStack))]
public sealed class ShiftTraffic : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var stack = context.Delivery.Outcome;
        var release = context.TargetEnvironment.Release;
        var service = context.Config.Service;
        var functions = DeployedFunctions.Resolve(service, stack.StackName, stack.Outputs);

        using var lambda = Lambda.Client(context);
        using var cloudWatch = Lambda.Alarms(context);
        if (context.Options.Aws == AwsMode.Local)
        {
            context.Information("The emulator's CloudFormation skips AWS::CloudWatch::Alarm: creating the template's alarms through CloudWatch.");
            foreach (var (function, name) in functions)
            {
                await TemplateAlarms.CreateForEmulatorAsync(cloudWatch, TemplateAlarms.Names(stack.StackName, function.Name), name, release.Alias, CancellationToken.None);
            }
        }

        var versions = new List<FunctionVersion>();
        foreach (var (function, name) in functions)
        {
            var version = await new VersionPublisher(lambda).EnsureAsync(name, CancellationToken.None);
            context.Information(version.IsNew ? $"Published version {version.Version} of {name}." : $"Version {version.Version} of {name} already holds this code: nothing published.");
            versions.Add(new FunctionVersion(function.Name, name, version));
            var sample = function.SmokeEvent is { } file ? await File.ReadAllTextAsync(context.Config.FullPath(file)) : "{}";
            await new VersionCheck(lambda, context.Options.Aws != AwsMode.Local, message => context.Information(message))
                .RunAsync(name, release.Alias, version.Version, sample, CancellationToken.None);
        }

        var alarms = new AlarmWatch(cloudWatch, DeployedFunctions.Alarms(service, stack.StackName, release));
        var outcomes = await new TrafficShifter(lambda, alarms, new SystemDeployClock(), message => context.Information(message))
            .ShiftAllAsync(versions, release, CancellationToken.None);
        ReleaseRecord.Write(Path.Combine(context.Paths.Deploy, context.Delivery.Target.Environment + ".json"), outcomes);
        var summary = string.Join(" ", outcomes.Select(o => o.Function.Length == 0 ? o.Summary : $"{o.Function}: {o.Summary}"));
        if (ReleaseRecord.Overall(outcomes) == ReleaseStatus.Completed)
        {
            context.Information(summary);
        }

        if (ReleaseRecord.Overall(outcomes) == ReleaseStatus.RolledBack)
        {
            throw new CakeException(summary + " The stack keeps the new code in $LATEST; the next deploy of a fixed commit replaces it.");
        }
    }
}
