using Pipeline.Terraform;

namespace Pipeline.Tests.Infra;

public class TerraformOutputsTests
{
    private const string Complete = """
        {
          "artifact_bucket": { "sensitive": false, "type": "string", "value": "app-preprod-artifacts" },
          "kms_key_arn": { "sensitive": false, "type": "string", "value": "arn:aws:kms:eu-west-1:123456789012:key/1234" },
          "deploy_role_arn": { "sensitive": false, "type": "string", "value": "arn:aws:iam::222222222222:role/app-preprod-deploy" },
          "cloudformation_role_arn": { "sensitive": false, "type": "string", "value": "arn:aws:iam::222222222222:role/app-preprod-cloudformation" },
          "region": { "sensitive": false, "type": "string", "value": "eu-west-1" }
        }
        """;

    [Test]
    public void Parses_the_four_outputs()
    {
        var outputs = TerraformOutputs.Parse(Complete);

        Assert.That(outputs, Is.EqualTo(new TerraformOutputs(
            "app-preprod-artifacts",
            "arn:aws:kms:eu-west-1:123456789012:key/1234",
            "arn:aws:iam::222222222222:role/app-preprod-deploy",
            "arn:aws:iam::222222222222:role/app-preprod-cloudformation")));
    }

    [Test]
    public void Missing_output_is_named_with_the_fix()
    {
        var json = Complete.Replace("\"deploy_role_arn\"", "\"other\"", StringComparison.Ordinal);

        var error = Assert.Throws<TerraformOutputsException>(() => TerraformOutputs.Parse(json, "infra/environments/preprod"));

        Assert.That(error!.Message, Does.Contain("'deploy_role_arn'").And.Contain("infra/environments/preprod").And.Contain("terraform apply"));
    }

    [Test]
    public void Empty_state_says_to_apply_first()
    {
        var error = Assert.Throws<TerraformOutputsException>(() => TerraformOutputs.Parse("{}\n"));

        Assert.That(error!.Message, Does.Contain("'artifact_bucket'").And.Contain("no outputs").And.Contain("Apply"));
    }

    [Test]
    public void Alias_instead_of_key_arn_is_rejected()
    {
        var json = Complete.Replace("arn:aws:kms:eu-west-1:123456789012:key/1234", "arn:aws:kms:eu-west-1:123456789012:alias/app", StringComparison.Ordinal);

        var error = Assert.Throws<TerraformOutputsException>(() => TerraformOutputs.Parse(json));

        Assert.That(error!.Message, Does.Contain("not a key ARN"));
    }

    [Test]
    public void Text_that_is_not_json_says_what_to_run()
    {
        var error = Assert.Throws<TerraformOutputsException>(() => TerraformOutputs.Parse("Warning: No outputs found"));

        Assert.That(error!.Message, Does.Contain("terraform output -json"));
    }
}
