using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Terraform;

namespace Pipeline.Tests.Infra;

public class TerraformEnvironmentTests
{
    private static readonly Uri Moto = new("http://127.0.0.1:5123/");

    private static TerraformEnvironment Create(AwsTarget target, string environment = "preprod") => new(
        RepositoryLayout.Root,
        new TerraformEnvironmentSettings(environment, "demo", LocalAccounts.Infrastructure, LocalAccounts.Runtime, target));

    [Test]
    public void Everything_written_goes_under_artifacts()
    {
        var environment = Create(new AwsTarget("eu-west-1"), "prod");

        Assert.That(environment.WorkingDirectory, Is.EqualTo(Path.Combine(RepositoryLayout.Root, "infra", "environments", "prod")));
        Assert.That(environment.DataDirectory, Is.EqualTo(Path.Combine(RepositoryLayout.Root, "artifacts", "terraform", "prod", ".terraform")));
        Assert.That(environment.PlanFile, Does.StartWith(Path.Combine(RepositoryLayout.Root, "artifacts", "terraform", "prod")));
        Assert.That(environment.ProcessEnvironment("/x/terraform.rc"), Does.ContainKey("TF_DATA_DIR").WithValue(environment.DataDirectory)
            .And.ContainKey("TF_CLI_CONFIG_FILE").WithValue("/x/terraform.rc"));
    }

    [Test]
    public void Real_aws_passes_only_bucket_and_region_to_the_backend()
    {
        var environment = Create(new AwsTarget("eu-west-1"));

        Assert.That(environment.BackendConfig, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["bucket"] = "demo-tfstate-123456789012-eu-west-1",
            ["region"] = "eu-west-1",
        }));
        Assert.That(environment.Variables.Keys, Has.None.StartsWith("aws_endpoint").And.None.EqualTo("enable_ci"));
        Assert.That(environment.ProcessEnvironment(null), Does.Not.ContainKey("AWS_ENDPOINT_URL").And.Not.ContainKey("AWS_ACCESS_KEY_ID"));
    }

    [Test]
    public void Local_run_points_backend_and_providers_at_the_emulator()
    {
        var environment = Create(new AwsTarget("eu-west-1", Moto));

        Assert.That(environment.BackendConfig, Does.ContainKey("endpoints").WithValue("{s3=\"http://127.0.0.1:5123\",sts=\"http://127.0.0.1:5123\"}")
            .And.ContainKey("use_path_style").WithValue("true")
            .And.ContainKey("skip_credentials_validation").WithValue("true"));
        Assert.That(environment.Variables, Does.ContainKey("aws_endpoint_url").WithValue("http://127.0.0.1:5123")
            .And.ContainKey("enable_ci").WithValue("false")
            .And.ContainKey("enforce_bucket_policy_denies").WithValue("false")
            .And.ContainKey("deploy_trusted_role_arns").WithValue("[\"arn:aws:iam::123456789012:role/demo-preprod-local-build\"]"));
        Assert.That(environment.ProcessEnvironment(null), Does.ContainKey("AWS_ENDPOINT_URL").WithValue("http://127.0.0.1:5123")
            .And.ContainKey("AWS_PROFILE").WithValue(null));
    }

    [Test]
    public void Arguments_keep_the_lock_file_and_pass_every_pair()
    {
        var environment = Create(new AwsTarget("eu-west-1", Moto));

        Assert.That(environment.InitArguments, Does.Contain("-lockfile=readonly").And.Contain("-backend-config=use_path_style=true"));
        Assert.That(environment.VariableArguments, Does.Contain("-var=runtime_account_id=222222222222"));
    }

    [Test]
    public void Unknown_environment_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => Create(new AwsTarget("eu-west-1"), "staging"));

        Assert.That(error!.Message, Does.Contain("staging").And.Contain("preprod, prod"));
    }

    [Test]
    public void Same_account_for_both_roles_is_rejected()
    {
        var settings = new TerraformEnvironmentSettings("preprod", "demo", "123456789012", "123456789012", new AwsTarget("eu-west-1"));

        Assert.That(() => new TerraformEnvironment(RepositoryLayout.Root, settings), Throws.ArgumentException.With.Message.Contains("must differ"));
    }
}
