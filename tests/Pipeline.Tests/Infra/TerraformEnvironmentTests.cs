using Amazon.Runtime;
using Pipeline.Aws;
using Pipeline.Configuration;
using Pipeline.Terraform;

namespace Pipeline.Tests.Infra;

/// <summary>The one mapping from pipeline.json to Terraform: what each root receives, and as whom Terraform runs.</summary>
public class TerraformEnvironmentTests
{
    private static readonly Uri Moto = new("http://127.0.0.1:5123/");

    internal static PipelineConfig Config { get; } = PipelineConfigLoader.Load(Path.Combine(RepositoryLayout.Root, "pipeline.json")).GetOrThrow();

    internal static TerraformEnvironment Create(AwsTarget target, string environment = "preprod", string? profile = null, PipelineConfig? config = null)
    {
        config ??= Config;
        return new(RepositoryLayout.Root, EnvironmentTerraform.Settings(config, config.Environment(environment), target, profile));
    }

    [Test]
    public void Everything_written_goes_under_artifacts()
    {
        var environment = Create(new AwsTarget("eu-west-1"), "prod");

        Assert.That(environment.WorkingDirectory, Is.EqualTo(Path.Combine(RepositoryLayout.Root, "infra", "environments", "prod")));
        Assert.That(environment.DataDirectory, Is.EqualTo(Path.Combine(RepositoryLayout.Root, "artifacts", "terraform", "prod", ".terraform")));
        Assert.That(environment.Bootstrap.DataDirectory, Is.EqualTo(Path.Combine(RepositoryLayout.Root, "artifacts", "terraform", "bootstrap-prod", ".terraform")));
        Assert.That(environment.ProcessEnvironment("/x/terraform.rc"), Does.ContainKey("TF_DATA_DIR").WithValue(environment.DataDirectory)
            .And.ContainKey("TF_CLI_CONFIG_FILE").WithValue("/x/terraform.rc"));
    }

    [Test]
    public void The_configured_terraform_folder_is_used_not_one_rebuilt_from_its_name()
    {
        var moved = Config with
        {
            Environments = Config.Environments.ToDictionary(p => p.Key, p => p.Key == "prod" ? p.Value with { Terraform = "infra/environments/preprod" } : p.Value),
        };

        var environment = Create(new AwsTarget("eu-west-1"), "prod", config: moved);

        Assert.That(environment.WorkingDirectory, Is.EqualTo(Path.Combine(RepositoryLayout.Root, "infra", "environments", "preprod")));
        Assert.That(environment.StateKey, Is.EqualTo("prod/terraform.tfstate"));
    }

    [Test]
    public void Real_aws_passes_bucket_key_and_region_to_the_backend()
    {
        var environment = Create(new AwsTarget("eu-west-1"));

        Assert.That(environment.BackendConfig, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["bucket"] = "greeter-tfstate-111111111111-eu-west-1",
            ["key"] = "preprod/terraform.tfstate",
            ["region"] = "eu-west-1",
        }));
        Assert.That(environment.Bootstrap.BackendConfig, Does.ContainKey("key").WithValue("bootstrap/preprod.tfstate"));
        Assert.That(environment.Variables.Keys, Has.None.StartsWith("aws_endpoint").And.None.EqualTo("force_destroy_artifacts"));
        Assert.That(environment.ProcessEnvironment(null), Does.Not.ContainKey("AWS_ENDPOINT_URL").And.Not.ContainKey("AWS_ACCESS_KEY_ID"));
    }

    // Defect 3: the runtime provider assumed OrganizationAccountAccessRole, and pipeline.json could not change that.
    [Test]
    public void Every_team_value_reaches_terraform_from_pipeline_json()
    {
        var preprod = Create(new AwsTarget("eu-west-1")).Variables;
        var prod = Create(new AwsTarget("eu-west-1"), "prod").Variables;

        Assert.That(preprod, Does.ContainKey("runtime_provisioning_role_name").WithValue("greeter-preprod-terraform")
            .And.ContainKey("deploy_trusted_role_arns").WithValue("[\"arn:aws:iam::111111111111:role/greeter-preprod-push\"]")
            .And.ContainKey("stack_name_prefix").WithValue("greeter-")
            .And.ContainKey("permissions_boundary_arn").WithValue("arn:aws:iam::222222222222:policy/greeter-preprod-boundary")
            .And.ContainKey("artifact_retention_days").WithValue("30"));
        Assert.That(prod, Does.ContainKey("infrastructure_account_id").WithValue("333333333333")
            .And.ContainKey("runtime_account_id").WithValue("444444444444")
            .And.ContainKey("deploy_trusted_role_arns").WithValue("[\"arn:aws:iam::333333333333:role/greeter-prod-push\"]")
            .And.ContainKey("artifact_retention_days").WithValue("90"));
        Assert.That(Create(new AwsTarget("eu-west-1")).Bootstrap.Variables, Does.ContainKey("repository_url").WithValue("https://github.com/example-org/greeter.git")
            .And.ContainKey("branches").WithValue("[\"develop\"]")
            .And.ContainKey("runtime_admin_role_arn").WithValue("arn:aws:iam::222222222222:role/OrganizationAccountAccessRole"));
    }

    [Test]
    public void A_provisioning_role_set_in_pipeline_json_is_the_one_terraform_assumes()
    {
        var custom = Config with
        {
            Environments = Config.Environments.ToDictionary(p => p.Key, p => p.Value with { ProvisioningRoleName = "team-terraform" }),
        };

        Assert.That(Create(new AwsTarget("eu-west-1"), config: custom).Variables, Does.ContainKey("runtime_provisioning_role_name").WithValue("team-terraform"));
    }

    [Test]
    public void Prod_reads_only_preprods_stack_records_for_promotion()
    {
        Assert.That(Create(new AwsTarget("eu-west-1"), "prod").Settings.PromotesFrom,
            Is.EqualTo(new PromotionSource("greeter-preprod-artifacts-111111111111-eu-west-1", "111111111111", "eu-west-1")));
        Assert.That(Create(new AwsTarget("eu-west-1")).Settings.PromotesFrom, Is.Null);
        Assert.That(Create(new AwsTarget("eu-west-1"), "prod").Bootstrap.Variables, Does.ContainKey("promotion_source"));
    }

    [Test]
    public void Only_the_first_environment_hosts_the_pull_request_project()
    {
        Assert.That(Create(new AwsTarget("eu-west-1")).Bootstrap.Variables, Does.ContainKey("pull_request_project").WithValue("true"));
        Assert.That(Create(new AwsTarget("eu-west-1"), "prod").Bootstrap.Variables, Does.ContainKey("pull_request_project").WithValue("false")
            .And.ContainKey("branches").WithValue("[\"master\",\"main\"]"));
    }

    // Defect 6: the SDK steps signed in with --profile while Terraform ran as whatever the default chain found.
    [Test]
    public void Terraform_runs_as_the_profile_the_build_signed_in_with()
    {
        var environment = Create(new AwsTarget("eu-west-1"), profile: "team-admin");

        Assert.That(environment.ProcessEnvironment(null), Does.ContainKey("AWS_PROFILE").WithValue("team-admin")
            .And.ContainKey("AWS_ACCESS_KEY_ID").WithValue(null));
        Assert.That(environment.Bootstrap.ProcessEnvironment(null), Does.ContainKey("AWS_PROFILE").WithValue("team-admin"));
    }

    [Test]
    public void Local_run_points_backend_and_providers_at_the_emulator_as_the_session_it_holds()
    {
        var environment = Create(new AwsTarget("eu-west-1", Moto));
        var session = new ImmutableCredentials("AKIDPUSH", "secret", "token");

        Assert.That(environment.BackendConfig, Does.ContainKey("endpoints").WithValue("{s3=\"http://127.0.0.1:5123\",sts=\"http://127.0.0.1:5123\"}")
            .And.ContainKey("use_path_style").WithValue("true")
            .And.ContainKey("skip_credentials_validation").WithValue("true"));
        Assert.That(environment.Variables, Does.ContainKey("aws_endpoint_url").WithValue("http://127.0.0.1:5123")
            .And.ContainKey("enforce_bucket_policy_denies").WithValue("false"));
        Assert.That(environment.Bootstrap.Variables, Does.ContainKey("create_codebuild").WithValue("false"));
        Assert.That(environment.ProcessEnvironment(null, session), Does.ContainKey("AWS_ENDPOINT_URL").WithValue("http://127.0.0.1:5123")
            .And.ContainKey("AWS_ACCESS_KEY_ID").WithValue("AKIDPUSH")
            .And.ContainKey("AWS_SESSION_TOKEN").WithValue("token")
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
    public void Developer_roles_reach_the_base_environments_roots_and_ephemeral_stacks_assume_the_ephemeral_role()
    {
        var preprod = Create(new AwsTarget("eu-west-1"));
        var prod = Create(new AwsTarget("eu-west-1"), "prod");

        Assert.That(preprod.Bootstrap.VariableArguments, Has.Some.StartsWith("-var=developer_principal_arns=").And.Some.Contains("AWSReservedSSO_Developer_*"));
        Assert.That(preprod.VariableArguments, Has.Some.StartsWith("-var=ephemeral=")
            .And.Some.Contains("\"developer_role_arn\":\"arn:aws:iam::111111111111:role/greeter-preprod-developer\"")
            .And.Some.Contains("\"excluded_stacks\":[\"greeter-preprod\"]"));
        Assert.That(prod.VariableArguments, Has.None.StartsWith("-var=ephemeral="));
        Assert.That(prod.Bootstrap.VariableArguments, Does.Contain("-var=developer_principal_arns=[]"));
        Assert.That(Config.ForEphemeral("feature/login").DeployRoleArn, Is.EqualTo("arn:aws:iam::222222222222:role/greeter-preprod-ephemeral"));
    }

    [Test]
    public void A_missing_terraform_folder_names_the_key_to_fix()
    {
        var broken = Config with
        {
            Environments = Config.Environments.ToDictionary(p => p.Key, p => p.Value with { Terraform = "infra/environments/staging" }),
        };

        var error = Assert.Throws<ArgumentException>(() => Create(new AwsTarget("eu-west-1"), config: broken));

        Assert.That(error!.Message, Does.Contain("staging").And.Contain("'terraform'").And.Contain("pipeline.json"));
    }
}
