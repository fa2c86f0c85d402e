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

    [TestCase("preprod")]
    [TestCase("prod")]
    public async Task Environment_root_validates(string environment)
    {
        LocalTools.Require("terraform");
        var root = Path.Combine(RepositoryLayout.Infra, "environments", environment);
        var terraform = new TerraformCli(root, TerraformCli.BaseEnvironment(Path.Combine(RepositoryLayout.Scratch("validate-" + environment), ".terraform")));

        await terraform.SucceedAsync("init", "-backend=false", "-lockfile=readonly", "-input=false", "-no-color");
        var output = await terraform.SucceedAsync("validate", "-json", "-no-color");

        Assert.That(output, Does.Contain("\"valid\": true").And.Contain("\"warning_count\": 0"));
    }
}
