using Pipeline.Terraform;

namespace Pipeline.Tests.Infra;

/// <summary>The Go runtime setting every terraform process (and so its provider processes) gets, and when the host's wins.</summary>
public class TerraformProcessTests
{
    [Test]
    public void Terraform_collects_garbage_less_often_when_the_host_says_nothing()
    {
        var environment = TerraformProcess.Environment("/data", null, hostVariable: _ => null);

        Assert.That(environment, Does.ContainKey("GOGC").WithValue("400"));
    }

    [TestCase("GOGC", "100")]
    [TestCase("GOGC", "off")]
    [TestCase("GOMEMLIMIT", "512MiB")]
    public void A_go_runtime_setting_of_the_host_is_left_to_apply(string variable, string value)
    {
        var environment = TerraformProcess.Environment("/data", null, hostVariable: name => name == variable ? value : null);

        // Not set, not removed: terraform inherits the host's value.
        Assert.That(environment, Does.Not.ContainKey("GOGC").And.Not.ContainKey("GOMEMLIMIT"));
    }
}
