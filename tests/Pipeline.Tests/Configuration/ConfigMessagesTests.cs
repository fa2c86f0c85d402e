using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>The whole messages of the configuration errors raised after loading: environments, ephemeral branches, Terraform outputs.</summary>
public class ConfigMessagesTests
{
    private const string File = "/repo/pipeline.json";
    private const string KeyArn = "arn:aws:kms:eu-west-1:111111111111:key/abc";

    private static readonly EnvironmentConfig Preprod =
        new("preprod", "develop", "eu-west-1", "111111111111", "222222222222", "infra/environments/preprod", "greeter-preprod");

    private static PipelineConfig Config(EphemeralConfig? ephemeral) =>
        new(File, "/repo", "greeter", new ServiceConfig("p", "A::B::C", "dotnet10", 128, 1), "deploy/lambda.yml",
            new Dictionary<string, EnvironmentConfig> { ["preprod"] = Preprod, ["prod"] = Preprod with { Name = "prod", Branch = "master", StackName = "greeter-prod" } })
        { Ephemeral = ephemeral };

    [Test]
    public void An_unknown_environment_names_the_known_ones_and_the_file() =>
        Assert.That(Message(() => Config(null).Environment("qa")), Is.EqualTo(
            Rendered("environments.qa: there is no environment 'qa'. Fix: Use one of: preprod, prod; or add 'qa' to pipeline.json.")));

    [Test]
    public void Ephemeral_without_its_section_says_what_to_add() =>
        Assert.That(Message(() => Config(null).ForEphemeral("feature/x")), Is.EqualTo(Rendered(
            "ephemeral: ephemeral stacks are not configured. Fix: Add \"ephemeral\": { \"basedOn\": \"preprod\", \"branchPattern\": \"feature/*\", \"stackPrefix\": \"<app>-\" }.")));

    [Test]
    public void A_branch_outside_the_pattern_is_refused_with_its_target() =>
        Assert.That(Message(() => Config(new EphemeralConfig("preprod", "feature/*", "greeter-")).ForEphemeral("refs/heads/develop")), Is.EqualTo(Rendered(
            "ephemeral.branchPattern: branch 'develop' does not match 'feature/*'. Fix: Check out a branch matching 'feature/*' or pass --branch=<such a branch>; " +
            "'develop' deploys through its own target (DeployPreprod or DeployProd), not as an ephemeral stack.")));

    [TestCase("feature/?", "feature/a", true)]
    [TestCase("feature/?", "feature/ab", false)]
    [TestCase("feature/a.b", "feature/a.b", true)]
    [TestCase("feature/a.b", "feature/axb", false)]
    [TestCase("feature/*", "feature/a/b", true)]
    [TestCase("feature/*", "x-feature/a", false)]
    [TestCase("feature/*", "feature/a-", true)]
    public void The_branch_pattern_is_a_glob_of_star_and_question_mark(string pattern, string branch, bool matches)
    {
        var config = Config(new EphemeralConfig("preprod", pattern, "greeter-"));

        Assert.That(() => config.ForEphemeral(branch), matches ? Throws.Nothing : Throws.TypeOf<PipelineConfigException>());
    }

    [Test]
    public void Developers_deploy_their_stacks_through_the_ephemeral_role_else_the_base_deploy_role()
    {
        var withDevelopers = Config(new EphemeralConfig("preprod", "feature/*", "greeter-") { DeveloperRoleArns = ["arn:aws:iam::111111111111:role/dev"] });
        var without = Config(new EphemeralConfig("preprod", "feature/*", "greeter-")) with
        {
            Environments = new Dictionary<string, EnvironmentConfig> { ["preprod"] = Preprod with { DeployRoleArn = "arn:aws:iam::222222222222:role/deploy" } },
        };

        Assert.That(withDevelopers.ForEphemeral("feature/login").DeployRoleArn, Is.EqualTo("arn:aws:iam::222222222222:role/greeter-preprod-ephemeral"));
        Assert.That(without.ForEphemeral("feature/login").DeployRoleArn, Is.EqualTo("arn:aws:iam::222222222222:role/deploy"));
        Assert.That(withDevelopers.ForEphemeral("feature/login") with { DeployRoleArn = null }, Is.EqualTo(Preprod with
        {
            Name = "greeter-login", Branch = "feature/login", StackName = "greeter-login", AlsoBranches = [],
        }));
    }

    [Test]
    public void Missing_terraform_outputs_are_named_with_the_directory_and_the_key()
    {
        var outputs = new Dictionary<string, string>
        {
            [TerraformOutputNames.DeployRoleArn] = " ",
            [TerraformOutputNames.ArtifactBucket] = "greeter-artifacts",
            [TerraformOutputNames.KmsKeyArn] = KeyArn,
        };

        var error = Assert.Throws<PipelineConfigException>(() => (Preprod with { CloudFormationRoleArn = " " }).Resolve(outputs, File))!;

        Assert.That(error.Message, Is.EqualTo(Rendered(
            "environments.preprod.deployRoleArn: not set, and Terraform in 'infra/environments/preprod' has no output 'deploy_role_arn'. " +
            "Fix: Run the Terraform apply for 'infra/environments/preprod' (so the output exists), or set 'deployRoleArn' in /repo/pipeline.json.",
            "environments.preprod.cloudFormationRoleArn: not set, and Terraform in 'infra/environments/preprod' has no output 'cloudformation_role_arn'. " +
            "Fix: Run the Terraform apply for 'infra/environments/preprod' (so the output exists), or set 'cloudFormationRoleArn' in /repo/pipeline.json.")));
    }

    [Test]
    public void A_missing_artifact_bucket_output_names_its_key()
    {
        var outputs = new Dictionary<string, string>
        {
            [TerraformOutputNames.DeployRoleArn] = "arn:aws:iam::222222222222:role/deploy",
            [TerraformOutputNames.CloudFormationRoleArn] = "arn:aws:iam::222222222222:role/cfn",
            [TerraformOutputNames.KmsKeyArn] = KeyArn,
        };

        Assert.That(Assert.Throws<PipelineConfigException>(() => Preprod.Resolve(outputs, File))!.Message, Is.EqualTo(Rendered(
            "environments.preprod.artifactBucket: not set, and Terraform in 'infra/environments/preprod' has no output 'artifact_bucket'. " +
            "Fix: Run the Terraform apply for 'infra/environments/preprod' (so the output exists), or set 'artifactBucket' in /repo/pipeline.json.")));
    }

    [Test]
    public void One_production_branch_among_others_makes_the_environment_production() =>
        Assert.That((Preprod with { AlsoBranches = ["main"] }).IsProduction, Is.True);

    [Test]
    public void Resolve_keeps_the_environment_and_fills_the_rest()
    {
        var outputs = new Dictionary<string, string>
        {
            [TerraformOutputNames.DeployRoleArn] = "arn:aws:iam::222222222222:role/deploy",
            [TerraformOutputNames.CloudFormationRoleArn] = "arn:aws:iam::222222222222:role/cfn",
            [TerraformOutputNames.ArtifactBucket] = "greeter-artifacts",
            [TerraformOutputNames.KmsKeyArn] = KeyArn,
        };
        var environment = Preprod with { Branch = "master", ArtifactBucket = "own-bucket", SessionDurationSeconds = 1800, Parameters = new Dictionary<string, string> { ["A"] = "b" } };

        var target = environment.Resolve(outputs);

        Assert.That(target with { Parameters = environment.Parameters }, Is.EqualTo(new DeploymentTarget("preprod", "eu-west-1", "111111111111", "222222222222", "greeter-preprod",
            "arn:aws:iam::222222222222:role/deploy", "arn:aws:iam::222222222222:role/cfn", "own-bucket", KeyArn, environment.Parameters)
        {
            SessionDuration = TimeSpan.FromMinutes(30),
            RequireConfirmation = true,
        }));
        Assert.That(target.ToString(), Is.EqualTo("preprod: stack greeter-preprod in eu-west-1, runtime account 222222222222 via arn:aws:iam::222222222222:role/deploy, artifacts s3://own-bucket"));
    }

    [Test]
    public void Resolved_values_break_the_account_rules_with_the_same_message_as_configured_ones()
    {
        var outputs = new Dictionary<string, string>
        {
            [TerraformOutputNames.DeployRoleArn] = "arn:aws:iam::222222222222:role/deploy",
            [TerraformOutputNames.CloudFormationRoleArn] = "arn:aws:iam::222222222222:role/cfn",
            [TerraformOutputNames.ArtifactBucket] = "Bucket",
            [TerraformOutputNames.KmsKeyArn] = KeyArn,
        };

        var error = Assert.Throws<PipelineConfigException>(() => Preprod.Resolve(outputs, File))!;

        Assert.That(error.Message, Is.EqualTo(Rendered(
            "environments.preprod.artifactBucket: 'Bucket' is not a legal S3 bucket name: lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. " +
            "Fix: Give the bucket's name only (no s3:// or ARN), or remove the key to take Terraform's 'artifact_bucket'.")));
    }

    [Test]
    public void A_missing_file_says_where_to_create_it()
    {
        var result = PipelineConfigLoader.Load("/nowhere/pipeline.json");

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "/nowhere/pipeline.json: (root): the file does not exist. Fix: Create pipeline.json at the repository root (see the README), or pass the right file with --config=<path>.",
        }));
    }

    [Test]
    public void Invalid_json_on_a_later_line_names_that_line_and_column()
    {
        var result = PipelineConfigLoader.Parse("{\n  \"application\": \"greeter\",\n  \"template\": x\n}", File, "/repo");

        Assert.That(result.Errors.Single().ToString(), Is.EqualTo(
            "/repo/pipeline.json: (root): invalid JSON at line 3, column 15: 'x' is an invalid start of a value. " +
            "Fix: Fix the JSON syntax at line 3, column 15 (a missing comma, quote or brace is the usual cause)."));
    }

    [Test]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var result = PipelineConfigLoader.Parse("// settings\n{ \"application\": \"greeter\", }", File, "/repo");

        Assert.That(result.Errors.Select(e => e.KeyPath), Is.EqualTo(new[] { "repository", "service", "template", "environments" }));
    }

    private static string Message(TestDelegate action) => Assert.Throws<PipelineConfigException>(action)!.Message;

    private static string Rendered(params string[] errors) =>
        $"{errors.Length} problem(s) in the pipeline configuration:{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors.Select(e => $"  {File}: {e}"));
}
