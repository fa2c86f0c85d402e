using System.Text.RegularExpressions;
using Pipeline.Permissions;

namespace Permissions.Tests;

/// <summary>The deploy role's cases follow the code: every CloudFormation call in build/Pipeline/Deploy has one.</summary>
public partial class DeployRoleActionsTests
{
    [Test]
    public void Every_CloudFormation_call_the_deployer_makes_is_a_deploy_role_case()
    {
        var calls = Directory.GetFiles(Path.Combine(Repository.Root, "build", "Pipeline", "Deploy"), "*.cs")
            .SelectMany(file => CloudFormationCall().Matches(File.ReadAllText(file)).Select(m => m.Groups["action"].Value))
            .Distinct()
            .ToList();

        Assert.That(calls, Is.Not.Empty);
        Assert.That(calls, Is.SubsetOf(DeployRoleCases.StackActions.Concat(DeployRoleCases.AccountActions)));
    }

    [GeneratedRegex(@"cloudFormation\.(?<action>[A-Za-z]+)Async\(")]
    private static partial Regex CloudFormationCall();
}
