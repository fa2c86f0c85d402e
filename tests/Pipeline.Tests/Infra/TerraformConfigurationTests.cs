using TestSupport;

namespace Pipeline.Tests.Infra;

/// <summary>Static checks of infra/: formatting and validation of both roots, which between them call every module.</summary>
public class TerraformConfigurationTests
{
    [Test]
    public async Task Infra_is_terraform_fmt_clean()
    {
        LocalTools.Require("terraform");
        var terraform = new TerraformCli(RepositoryLayout.Infra, TerraformCli.BaseEnvironment(RepositoryLayout.Scratch("fmt")));

        var result = await terraform.RunAsync("fmt", "-check", "-recursive", "-diff", "-no-color");

        Assert.That(result.ExitCode, Is.Zero, () => $"Run 'terraform fmt -recursive infra' and commit the result:\n{result.StandardOutput}");
    }

    private static readonly string[] Roots = ["bootstrap", "environments/preprod", "environments/prod"];

    [TestCase("environments/preprod")]
    [TestCase("environments/prod")]
    [TestCase("bootstrap")]
    public async Task Root_validates(string relative)
    {
        LocalTools.Require("terraform");
        var root = Path.Combine(RepositoryLayout.Infra, relative);
        var terraform = new TerraformCli(root, TerraformCli.BaseEnvironment(Path.Combine(RepositoryLayout.Scratch("validate-" + relative.Replace('/', '-')), ".terraform")));

        await terraform.SucceedAsync("init", "-backend=false", "-lockfile=readonly", "-input=false", "-no-color");
        var output = await terraform.SucceedAsync("validate", "-json", "-no-color");

        Assert.That(output, Does.Contain("\"valid\": true").And.Contain("\"warning_count\": 0"));
    }

    // Defect 8: the lock held only the linux_amd64 hash, so init -lockfile=readonly failed on macOS and Windows.
    [Test]
    public void Every_root_locks_the_provider_for_every_platform_with_one_lock_file()
    {
        var locks = Roots.Select(root => File.ReadAllText(Path.Combine(RepositoryLayout.Infra, root, ".terraform.lock.hcl"))).ToList();

        Assert.That(locks.Distinct(), Has.Exactly(1).Items, "the roots lock the same provider build");
        Assert.That(System.Text.RegularExpressions.Regex.Matches(locks[0], "\"zh:[0-9a-f]{64}\"").Count, Is.GreaterThanOrEqualTo(10),
            "zh: hashes (the registry's SHA256SUMS of every platform's zip) let any platform verify its download");
    }

    [Test]
    public void No_root_hides_a_team_value_in_a_variable_default()
    {
        foreach (var root in Roots)
        {
            var variables = File.ReadAllText(Path.Combine(RepositoryLayout.Infra, root, "variables.tf"));
            Assert.That(variables, Does.Not.Contain("github.com").And.Not.Match("default\\s*=\\s*\"OrganizationAccountAccessRole\"").And.Not.Match("default\\s*=\\s*\"[0-9]{12}\""), root);
            foreach (var name in new[] { "application_name", "repository_url", "region", "runtime_provisioning_role_name", "stack_name_prefix" })
            {
                Assert.That(variables, Does.Not.Match($"variable \"{name}\" \\{{[^}}]*default"), $"{root}: {name}");
            }
        }
    }
}
