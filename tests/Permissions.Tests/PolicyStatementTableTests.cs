using System.Text.Json.Nodes;
using Pipeline.Permissions;
using TestSupport;

namespace Permissions.Tests;

/// <summary>
/// Every Deny and every trust (assume-role) statement Terraform renders from pipeline.json's real values, by
/// content: effect, principal, action, resource and condition, compared with <see cref="PolicyStatementTable"/>.
/// A statement gutted behind its Sid, widened to an account or removed changes its row and fails here.
/// </summary>
[NonParallelizable]
public class PolicyStatementTableTests
{
    private static List<StatementRow> rows = null!;

    [OneTimeSetUp]
    public async Task RenderAsync()
    {
        LocalTools.Require("terraform");
        LocalTools.Require("moto_server");
        var policies = await new TerraformPolicyRenderer(Repository.Root, Repository.Scratch("statements"), TestContext.Progress.WriteLine).RenderAsync(Repository.Config());
        rows = [.. StatementRow.DeniesAndTrusts(policies)];
        await File.WriteAllLinesAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "policy-statements.txt"), rows.Select(r => r.Text).Order(StringComparer.Ordinal));
    }

    [Test]
    public void Every_deny_and_trust_statement_is_exactly_as_the_table_says()
    {
        var rendered = rows.Select(r => r.Text).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(PolicyStatementTable.Rows.Except(rendered), Is.Empty, "in the table but not rendered (removed or changed)");
            Assert.That(rendered.Except(PolicyStatementTable.Rows), Is.Empty, "rendered but not in the table (new or changed)");
            Assert.That(rendered, Is.Unique, "a statement rendered twice in one document");
        });
    }

    [Test]
    public void Every_trust_statement_names_a_role_or_a_service_never_an_account_or_anyone()
    {
        var trusts = rows.Where(r => r.IsTrust).ToList();

        Assert.That(trusts, Has.Count.GreaterThanOrEqualTo(PolicyStatementTable.Rows.Count(r => r.StartsWith("trust ", StringComparison.Ordinal))));
        Assert.Multiple(() =>
        {
            foreach (var trust in trusts)
            {
                Assert.That(trust.Effect, Is.EqualTo("Allow"), trust.Text);
                Assert.That(trust.Actions, Is.EqualTo(new[] { "sts:AssumeRole" }), trust.Text);
                Assert.That(trust.Principals, Is.Not.Empty, trust.Text);
                foreach (var (type, principal) in trust.Principals)
                {
                    Assert.That(principal, Does.Not.Contain("*"), trust.Text);
                    Assert.That(principal, Does.Not.Match("^[0-9]{12}$"), "an account where a role is meant: " + trust.Text);
                    if (principal.EndsWith(":root", StringComparison.Ordinal))
                    {
                        // Roles whose names AWS generates (SSO permission sets) can only be trusted through the account
                        // and a condition on the caller's role ARN; without the condition, the whole account is trusted.
                        Assert.That(RolesNamedByCondition(trust), Is.Not.Empty.And.All.Match($"^{principal[..^":root".Length]}:role/"), "an account where a role is meant: " + trust.Text);
                        continue;
                    }

                    Assert.That(principal, type == "Service" ? Does.EndWith(".amazonaws.com") : Does.Match("^arn:aws:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_-]+$"), trust.Text);
                }
            }
        });
    }

    private static List<string> RolesNamedByCondition(StatementRow trust)
    {
        var condition = trust.Statement["Condition"];
        var values = new[] { "ArnLike", "ArnEquals" }
            .Select(op => condition?[op]?["aws:PrincipalArn"])
            .Where(node => node is not null)
            .SelectMany(node => node is JsonArray array ? array.Select(item => item!.ToString()) : [node!.ToString()]);
        return [.. values];
    }

    [Test]
    public void A_service_trust_outside_cloudformation_is_limited_to_the_infrastructure_account()
    {
        var codebuild = rows.Where(r => r.IsTrust && r.Principals.Any(p => p.Value == "codebuild.amazonaws.com")).ToList();
        var infrastructure = Repository.Config().Environments.Values.Select(e => e.InfrastructureAccount).ToHashSet();

        Assert.That(codebuild, Is.Not.Empty);
        foreach (var trust in codebuild)
        {
            var account = trust.Statement["Condition"]?["StringEquals"]?["aws:SourceAccount"]?.ToString();
            Assert.That(account, Is.Not.Null.And.AnyOf(infrastructure.Cast<object>().ToArray()), trust.Text);
            Assert.That(trust.Document, Does.Contain($"::{account}:role/"), "CodeBuild of the role's own account");
        }
    }

    [Test]
    public void Every_deny_has_a_sid_an_action_a_resource_and_no_principal_but_everyone()
    {
        var denies = rows.Where(r => r.Effect == "Deny").ToList();

        Assert.That(denies, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var deny in denies)
            {
                Assert.That(deny.Sid, Is.Not.Empty, deny.Text);
                Assert.That(deny.Statement["Action"] ?? deny.Statement["NotAction"], Is.Not.Null, deny.Text);
                Assert.That(deny.Statement["Resource"], Is.Not.Null, deny.Text);
                if (deny.Statement["Principal"] is { } principal)
                {
                    Assert.That(principal.ToJsonString(), Is.EqualTo("\"*\""), "a resource policy's Deny applies to everyone: " + deny.Text);
                }
            }
        });
    }
}
