using System.Text.Json;
using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Build.Console;
using Pipeline.Configuration;
using Pipeline.Deploy;

namespace Build.Tasks.Deploy;

[TaskName(nameof(DeployStack))]
[TaskDescription("Deploys the Lambda stack into the runtime account through a change set; writes artifacts/deploy/<env>.json.")]
[IsDependentOn(typeof(UploadArtifact))]
[IsDependentOn(typeof(DetectDrift))]
public sealed class DeployStack : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var target = context.Delivery.Target;
        var upload = context.Delivery.Stored;
        var service = context.Config.Service;
        var parameters = TemplateContract.Values(service, target.Parameters, upload.Bucket, upload.Key, target.KmsKeyArn,
            context.Delivery.Shipped.Version, context.Delivery.Shipped.Commit, context.Terraform.Environment.FunctionBoundaryArn,
            context.TargetEnvironment.Release.Alias);
        var request = new StackDeployRequest(target.StackName, await File.ReadAllTextAsync(context.Config.TemplatePath), context.Git.ShortSha)
        {
            Parameters = parameters,
            Tags = new Dictionary<string, string>
            {
                ["application"] = context.Config.Application,
                ["environment"] = target.Environment,
                ["commit"] = context.Delivery.Shipped.Commit,
                ["version"] = context.Delivery.Shipped.Version,
            },
            ExecutionRoleArn = target.CloudFormationRoleArn,
        };

        context.Information($"Deploying {target.StackName} as {context.Aws.Runtime.Identity}");
        using var cloudFormation = CloudFormation.Client(context);
        var outcome = await new StackDeployer(cloudFormation, new SystemDeployClock(), new StackDeployConsole(context)).DeployAsync(request);
        context.Delivery.Outcome = outcome;
        WriteRecord(context, outcome);
        if (!outcome.Succeeded)
        {
            var failures = ConsoleOutput.Table($"{outcome.StackName} failed", "Logical id", "Type", "Status", "Reason");
            foreach (var failure in outcome.Failures)
            {
                ConsoleOutput.Row(failures, failure.LogicalId, failure.ResourceType, failure.Status, failure.Reason);
            }

            ConsoleOutput.Write(failures);
            throw new CakeException($"Deploy of {outcome.StackName} failed: {outcome.Message}");
        }

        var outputs = ConsoleOutput.Table($"{outcome.StackName}: {outcome.Message}", "Output", "Value");
        foreach (var (name, value) in outcome.Outputs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            ConsoleOutput.Row(outputs, name, value);
        }

        ConsoleOutput.Write(outputs);
    }

    private static void WriteRecord(BuildContext context, StackDeployOutcome outcome)
    {
        Directory.CreateDirectory(context.Paths.Deploy);
        var record = new
        {
            environment = context.Delivery.Target.Environment,
            stack = outcome.StackName,
            status = outcome.Status.ToString(),
            message = outcome.Message,
            finalStatus = outcome.FinalStatus,
            runtimeAccount = context.Delivery.Target.RuntimeAccount,
            artifact = context.Delivery.Stored.Uri,
            sha256 = context.Delivery.Stored.Sha256,
            version = context.Delivery.Shipped.Version,
            commit = context.Delivery.Shipped.Commit,
            promotedFrom = context.Delivery.Promotion?.FromEnvironment,
            outputs = outcome.Outputs,
            outputSource = outcome.OutputSource.ToString(),
        };
        var path = context.Paths.DeployRecord(context.Delivery.Target.Environment);
        File.WriteAllText(path, JsonSerializer.Serialize(record, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        context.Verbose($"Wrote {path}");
    }
}
