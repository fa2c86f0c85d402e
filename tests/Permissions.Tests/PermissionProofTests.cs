using Pipeline.Permissions;
using TestSupport;

namespace Permissions.Tests;

/// <summary>
/// The whole case table against what Terraform renders from pipeline.json's real values. One test per kind of
/// principal; a failure lists every row that is not as intended, as docs/permissions.md shows it.
/// </summary>
[NonParallelizable]
public class PermissionProofTests
{
    private static IReadOnlyList<PermissionResult>? results;

    public static IEnumerable<string> Principals() =>
    [
        "push build", "pull-request build", "deploy role", "execution role", "provisioning role", "unrelated account",
        "developer role", "ephemeral role", "developer sign-in role", "another role of the infrastructure account",
    ];

    [OneTimeSetUp]
    public async Task RenderAndEvaluateAsync()
    {
        LocalTools.Require("terraform");
        LocalTools.Require("moto_server");
        LocalTools.Require("node");
        LocalTools.Require("cfn-lint");
        results ??= await PermissionProof.RunAsync(Repository.Root, Repository.Config(), Repository.Scratch("proof"), TestContext.Progress.WriteLine);
        await File.WriteAllTextAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "permissions.md"), new PermissionReport(results).Markdown("dotnet test tests/Permissions.Tests"));
    }

    [TestCaseSource(nameof(Principals))]
    public void Every_case_is_as_intended(string principal)
    {
        var mine = results!.Where(r => r.Case.Who.EndsWith(principal, StringComparison.Ordinal)).ToList();
        var report = new PermissionReport(mine);

        Assert.That(mine, Is.Not.Empty, $"no case for {principal}");
        Assert.That(report.Failures.Select(PermissionReport.Row), Is.Empty, "requests not as intended");
        Assert.That(report.StaleGaps.Select(PermissionReport.Row), Is.Empty, "cases marked as a known gap now pass: remove the marker");
    }

    [Test]
    public void Every_case_belongs_to_a_principal_a_test_above_checks()
    {
        var unclaimed = results!.Select(r => r.Case.Who).Distinct().Where(who => !Principals().Any(p => who.EndsWith(p, StringComparison.Ordinal)));

        Assert.That(unclaimed, Is.Empty);
    }
}
