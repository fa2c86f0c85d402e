using Pipeline.Aws;
using Pipeline.Terraform;

namespace Pipeline.Tests.Infra;

public class BootstrapChecklistTests
{
    [Test]
    public void Says_to_approve_the_connection_and_protect_each_branch_with_the_exact_check_name()
    {
        var config = TerraformEnvironmentTests.Config;
        var prod = EnvironmentTerraform.Settings(config, config.Environment("prod"), new AwsTarget("eu-west-1"));

        var steps = BootstrapChecklist.For(prod, "arn:aws:codeconnections:eu-west-1:333333333333:connection/abc",
            BootstrapChecklist.StatusCheckName("eu-west-1", "greeter-pull-request"));

        Assert.That(steps[0], Does.Contain("arn:aws:codeconnections:eu-west-1:333333333333:connection/abc").And.Contain("Update pending connection"));
        var branches = steps.Where(s => s.StartsWith("Protect", StringComparison.Ordinal)).ToList();
        Assert.That(branches, Has.Count.EqualTo(2).And.Exactly(1).Contains("'master'").And.Exactly(1).Contains("'main'"));
        Assert.That(branches, Is.All.Contains("one approving review").And.All.Contains("\"AWS CodeBuild eu-west-1 (greeter-pull-request)\""));
    }

    [Test]
    public void Preprod_says_prod_is_bootstrapped_first_because_its_policies_name_prods_push_role()
    {
        var config = TerraformEnvironmentTests.Config;
        var preprod = EnvironmentTerraform.Settings(config, config.Environment("preprod"), new AwsTarget("eu-west-1"));

        var steps = BootstrapChecklist.For(preprod, null, "check");

        Assert.That(steps, Has.Exactly(1).Contains("arn:aws:iam::333333333333:role/").And.Contains("before the first apply"));
        Assert.That(steps, Has.None.Contains("termination protection"));
    }

    [Test]
    public void Prod_says_an_operator_turns_termination_protection_on_after_the_first_deploy()
    {
        var config = TerraformEnvironmentTests.Config;
        var prod = EnvironmentTerraform.Settings(config, config.Environment("prod"), new AwsTarget("eu-west-1"));

        var steps = BootstrapChecklist.For(prod, null, "check", "greeter-prod");

        Assert.That(steps, Has.Exactly(1).Contains("--enable-termination-protection --stack-name greeter-prod --region eu-west-1"));
        Assert.That(steps, Has.None.Contains("before the first apply"));
    }
}
