using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Aws;

namespace Build.Tasks.Aws;

[TaskName(nameof(SignIn))]
[TaskDescription("Resolves the starting AWS identity (SDK credential chain or --profile) and checks it is in the infrastructure account.")]
[IsDependentOn(typeof(StartLocalAws))]
public sealed class SignIn : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var environment = context.TargetEnvironment;
        context.Aws.Target ??= new AwsTarget(environment.Region);
        var source = context.Aws.Target.IsLocal ? AwsSignIn.LocalSource : null;
        // The SDK retries throttling and 5xx answers on its own; this makes each retry visible in the log.
        var retries = new RetryReportingHttp(message => context.Warning(message));
        context.Aws.Infrastructure = await new AwsSignIn(context.Aws.Target, source, config => config.HttpClientFactory = retries).SignInAsync(context.Options.Profile);
        context.Information($"Signed in as {context.Aws.Infrastructure.Identity}");
        if (context.Aws.Infrastructure.Identity.Account != environment.InfrastructureAccount)
        {
            throw new CakeException($"The starting identity is in account {context.Aws.Infrastructure.Identity.Account}, but {environment.Name}'s " +
                $"infrastructure account is {environment.InfrastructureAccount} ({context.Config.File}: environments.{environment.Name}.infrastructureAccount). " +
                "Use credentials for the infrastructure account (--profile, or the CodeBuild role); the runtime account is reached by AssumeRole.");
        }
    }
}
