using System.Text.RegularExpressions;
using Pipeline.Permissions;

namespace Permissions.Tests;

/// <summary>The deploy role's release cases follow the code: every Lambda call in build/Pipeline/Release has one.</summary>
public partial class ReleaseActionsTests
{
    [Test]
    public void Every_Lambda_call_the_release_makes_is_a_deploy_role_case()
    {
        var calls = Directory.GetFiles(Path.Combine(Repository.Root, "build", "Pipeline", "Release"), "*.cs")
            .SelectMany(file => LambdaCall().Matches(File.ReadAllText(file)).Select(m => m.Groups["action"].Value))
            .Select(action => action == "Invoke" ? "InvokeFunction" : action)
            .Distinct()
            .ToList();

        Assert.That(calls, Does.Contain("InvokeFunction").And.Contain("UpdateAlias"));
        Assert.That(calls, Is.SubsetOf(DeployRoleCases.ReleaseActions));
    }

    [GeneratedRegex(@"lambda\.(?<action>[A-Za-z]+)Async\(")]
    private static partial Regex LambdaCall();
}
