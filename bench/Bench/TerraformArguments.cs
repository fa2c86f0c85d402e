using Pipeline.Aws;
using Pipeline.Configuration;
using Pipeline.LocalAws;
using Pipeline.Terraform;

namespace Bench;

/// <summary>
/// Prints the preprod init and -var arguments the build passes for a local rehearsal, one per line, from pipeline.json
/// through the build's own mapping; and the role the rehearsal acts as.
/// </summary>
public static class TerraformArguments
{
    public static int Print(string repositoryRoot, Uri endpoint)
    {
        var loaded = PipelineConfigLoader.Load(Path.Combine(repositoryRoot, PipelineConfigLoader.DefaultFileName));
        var config = (loaded.Config ?? throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors))).ForLocalEmulator();
        var environment = new TerraformEnvironment(repositoryRoot, EnvironmentTerraform.Settings(
            config, config.Environment("preprod"), new AwsTarget(LocalAccounts.Region, endpoint)));
        foreach (var argument in environment.InitArguments)
        {
            Console.WriteLine("init\t" + argument);
        }

        foreach (var argument in environment.VariableArguments)
        {
            Console.WriteLine("var\t" + argument);
        }

        Console.WriteLine("state-bucket\t" + environment.StateBucket);
        Console.WriteLine("act-as\t" + $"arn:aws:iam::{environment.Settings.InfrastructureAccountId}:role/{LocalAccounts.AdministratorRole}");
        return 0;
    }
}
