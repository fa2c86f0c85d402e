using Cake.Frosting;
using Build.Console;
using Pipeline.LocalAws;

namespace Build.Tasks.Targets;

[TaskName(nameof(Default))]
[TaskDescription("The local rehearsal: DeployPreprod against a local AWS emulator (refuses --aws=real), then a summary. Keep the emulator, and reuse it in later runs, with --keep-local-aws.")]
[IsDependentOn(typeof(DeployPreprod))]
public sealed class Default : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var target = context.Delivery.Target;
        var upload = context.Delivery.Stored;
        var deploy = context.Delivery.Outcome;
        var rows = new List<(string, string)>
        {
            ("Emulator", Emulator(context)),
            ("Infrastructure account", $"{target.InfrastructureAccount} as {context.Aws.Infrastructure.Identity.Arn}"),
            ("Runtime account", $"{target.RuntimeAccount} as {context.Aws.Runtime.Identity.Arn}"),
            ("Artifact bucket", target.ArtifactBucket),
            ("KMS key", target.KmsKeyArn),
            ("Object", upload.Uri),
            ("Uploaded", $"{upload.BytesUploaded:N0} of {upload.Size:N0} bytes"),
            ("Stack", $"{deploy.StackName}: {deploy.Message}"),
        };
        rows.AddRange(context.Config.Service.Functions.Select(f => (f.Name.Length == 0 ? "Function" : $"Function {f.Name}", FunctionArn(context, deploy.Outputs, f))));
        rows.AddRange(deploy.Outputs.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => ($"  {pair.Key}", pair.Value)));
        rows.Add(("Deploy record", Path.GetRelativePath(context.Paths.Root, context.Paths.DeployRecord(target.Environment))));
        rows.Add(("Version", $"{context.Version.SemVer} ({context.Git.ShortSha})"));
        rows.Add(("Elapsed", $"{context.Clock.Elapsed.TotalSeconds:0.0} s"));
        ConsoleOutput.Summary("Local rehearsal", rows);
        if (context.Options.KeepLocalAws && context.Aws.Emulator is { } moto)
        {
            System.Console.WriteLine($"Explore it: AWS_ACCESS_KEY_ID={LocalAccounts.AccessKeyId} AWS_SECRET_ACCESS_KEY={LocalAccounts.SecretAccessKey} " +
                $"aws --endpoint-url {moto.Endpoint} cloudformation list-stacks --region {LocalAccounts.Region}");
        }
    }

    // deploy/lambda.yml names the function after its stack; moto reports resource ids instead of Outputs, and an
    // unchanged stack reports neither.
    private static string FunctionArn(BuildContext context, IReadOnlyDictionary<string, string> outputs, Pipeline.Configuration.FunctionConfig service)
    {
        var target = context.Delivery.Target;
        var function = service.Name.Length > 0
            ? outputs.GetValueOrDefault(service.FunctionNameOutput) ?? service.DeployedName(target.StackName)
            : outputs.GetValueOrDefault("FunctionArn") ?? outputs.GetValueOrDefault("Function") ?? target.StackName;
        return function.StartsWith("arn:", StringComparison.Ordinal)
            ? function
            : $"arn:aws:lambda:{target.Region}:{target.RuntimeAccount}:function:{function}";
    }

    // The emulator's address only while it outlives the run; one this run stops is gone when the log is read.
    private static string Emulator(BuildContext context) => context switch
    {
        { Aws.Emulator: { } moto, Options.KeepLocalAws: true } => $"{moto.Endpoint} (moto_server pid {moto.ProcessId}, kept: ./build.sh --target=StopLocalAws stops it)",
        { Aws.Emulator: not null } => "moto_server, stopped when this run ends (--keep-local-aws keeps it for the next run)",
        { Aws.KeptEmulator: { } kept } => $"{kept.Endpoint} (kept by an earlier run, pid {kept.ProcessId}, still running)",
        _ => $"{context.Options.LocalAwsEndpoint} (--local-aws-endpoint, left as it was)",
    };
}
