using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Terraform;

namespace Bench;

/// <summary>Prints the preprod init and -var arguments the build passes for a local rehearsal, one per line.</summary>
public static class TerraformArguments
{
    public static int Print(string repositoryRoot, Uri endpoint)
    {
        var environment = new TerraformEnvironment(repositoryRoot, new TerraformEnvironmentSettings(
            "preprod", "greeter", LocalAccounts.Infrastructure, LocalAccounts.Runtime, new AwsTarget(LocalAccounts.Region, endpoint)));
        foreach (var argument in environment.InitArguments)
        {
            Console.WriteLine("init\t" + argument);
        }

        foreach (var argument in environment.VariableArguments)
        {
            Console.WriteLine("var\t" + argument);
        }

        Console.WriteLine("state-bucket\t" + environment.StateBucket);
        return 0;
    }
}
