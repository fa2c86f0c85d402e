using Cake.Frosting;
using Build.Console;
using Build.Tasks.Deploy;
using Build.Tasks.Infra;
using Pipeline.LocalAws;

namespace Build.Tasks.Targets;

[TaskName(nameof(Default))]
[TaskDescription("The whole pipeline rehearsed against a local AWS emulator: PullRequest checks, Terraform apply, cross-account encrypted upload, Lambda deploy, summary. Keep the emulator with --keep-local-aws.")]
[IsDependentOn(typeof(StartTerraform))]
[IsDependentOn(typeof(PullRequest))]
[IsDependentOn(typeof(ShiftTraffic))]
public sealed class Default : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var target = context.Deployment!;
        var upload = context.Upload!;
        var deploy = context.Deploy!;
        var table = ConsoleOutput.Table("Local rehearsal", "What", "Value");
        ConsoleOutput.Row(table, "Emulator", context.AwsTarget?.ServiceUrl?.ToString() ?? "-");
        ConsoleOutput.Row(table, "Infrastructure account", $"{target.InfrastructureAccount} ({context.Aws!.Identity.Arn})");
        ConsoleOutput.Row(table, "Runtime account", $"{target.RuntimeAccount} ({context.Runtime!.Identity.Arn})");
        ConsoleOutput.Row(table, "Artifact bucket", target.ArtifactBucket);
        ConsoleOutput.Row(table, "KMS key", target.KmsKeyArn);
        ConsoleOutput.Row(table, "Object", $"{upload.Uri} ({upload.Size:N0} bytes, {upload.BytesUploaded:N0} uploaded)");
        ConsoleOutput.Row(table, "Stack", $"{deploy.StackName}: {deploy.Message}");
        foreach (var (name, value) in deploy.Outputs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            ConsoleOutput.Row(table, $"  {name}", value);
        }

        ConsoleOutput.Row(table, "Version", $"{context.Version.SemVer} ({context.Git.ShortSha})");
        ConsoleOutput.Row(table, "Elapsed", $"{context.Clock.Elapsed.TotalSeconds:0.0} s");
        ConsoleOutput.Write(table);
        if (context.Options.KeepLocalAws && context.LocalAws is { } moto)
        {
            ConsoleOutput.Write(new Spectre.Console.Text(
                $"Explore it: AWS_ACCESS_KEY_ID={LocalAccounts.AccessKeyId} AWS_SECRET_ACCESS_KEY={LocalAccounts.AccessKeyId} aws --endpoint-url {moto.Endpoint} cloudformation list-stacks --region {LocalAccounts.Region}\n"));
        }
    }
}
