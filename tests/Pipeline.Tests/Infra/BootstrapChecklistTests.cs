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
        Assert.That(steps.Skip(1), Has.Exactly(1).Contains("'master'").And.Exactly(1).Contains("'main'"));
        Assert.That(steps.Skip(1), Is.All.Contains("one approving review").And.All.Contains("\"AWS CodeBuild eu-west-1 (greeter-pull-request)\""));
    }
}
