using System.Text.Json;
using TestSupport;

namespace Pipeline.Tests.Infra;

/// <summary>
/// The roles and projects infra/bootstrap makes, read from its applied state and from a plan with CodeBuild on
/// (moto has no webhooks): who may do what, and which push starts which project.
/// </summary>
[NonParallelizable]
public class BootstrapRolesTests
{
    private static readonly string[] PullRequestMayOnly =
    [
        "logs:CreateLogStream", "logs:PutLogEvents", "codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport",
        "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages",
        "codeconnections:UseConnection", "codeconnections:GetConnectionToken", "codestar-connections:UseConnection", "codestar-connections:GetConnectionToken",
    ];

    private LocalAccountsRehearsal preprod = null!;
    private LocalAccountsRehearsal prod = null!;

    [OneTimeSetUp]
    public async Task BootstrapBothAsync()
    {
        LocalTools.Require("terraform");
        var moto = await Moto.FreshAsync();
        preprod = LocalAccountsRehearsal.For(moto, "preprod");
        prod = LocalAccountsRehearsal.For(moto, "prod");
        await preprod.BootstrapAsync();
        await prod.BootstrapAsync();
    }

    [Test]
    public async Task Bootstrapping_again_changes_nothing()
    {
        var plan = await preprod.Bootstrap.RunAsync(["plan", "-detailed-exitcode", "-no-color", .. preprod.BootstrapVariables]);

        Assert.That(plan.ExitCode, Is.Zero, () => plan.StandardOutput + plan.StandardError);
    }

    // Defect 1: pull requests and pushes shared one role that could upload, encrypt and assume the deploy role.
    [Test]
    public async Task The_pull_request_role_can_write_nothing_and_reach_no_runtime_role()
    {
        var statements = Statements(await preprod.BootstrapAttributeAsync("module.ci.aws_iam_role_policy.pull_request[0]", "policy"));

        Assert.That(statements.SelectMany(s => s.Actions), Is.SubsetOf(PullRequestMayOnly));
        Assert.That(statements.Select(s => s.Effect), Is.All.EqualTo("Allow"));
    }

    [Test]
    public async Task The_push_role_assumes_only_its_own_runtime_accounts_roles()
    {
        var statements = Statements(await prod.BootstrapAttributeAsync("module.ci.aws_iam_role_policy.push", "policy"));

        var assume = statements.Where(s => s.Actions.Contains("sts:AssumeRole")).SelectMany(s => s.Resources).ToList();
        Assert.That(assume, Is.EquivalentTo(new[] { "arn:aws:iam::444444444444:role/greeter-prod-deploy", "arn:aws:iam::444444444444:role/greeter-prod-terraform" }));
        var promotion = statements.Where(s => s.Sid is "ReadPromotionRecords" or "DecryptPromotionRecords").ToList();
        Assert.That(statements.Except(promotion).SelectMany(s => s.Resources), Has.None.Contains("222222222222").And.None.Contains("greeter-preprod").And.None.Contains("111111111111"));
        Assert.That(promotion.SelectMany(s => s.Actions), Is.EquivalentTo(new[] { "s3:GetObject", "kms:Decrypt" }), "of preprod, prod reads only the record of what preprod runs");
        Assert.That(promotion.Single(s => s.Sid == "ReadPromotionRecords").Resources, Is.EqualTo(new[] { "arn:aws:s3:::greeter-preprod-artifacts-111111111111-eu-west-1/greeter/stacks/*" }));
    }

    // Defect 2: the CodeBuild role had no permission on the Terraform state.
    [Test]
    public async Task The_push_role_reads_and_writes_its_environments_state_and_lock_only()
    {
        var statements = Statements(await preprod.BootstrapAttributeAsync("module.ci.aws_iam_role_policy.push", "policy"));
        var state = $"arn:aws:s3:::{preprod.Environment.StateBucket}";

        Assert.That(statements.Single(s => s.Sid == "StateBucket").Resources, Is.EqualTo(new[] { state }));
        Assert.That(statements.Single(s => s.Sid == "StateReadWrite").Resources, Is.EqualTo(new[] { state + "/preprod/terraform.tfstate" }));
        Assert.That(statements.Single(s => s.Sid == "StateLock").Actions, Does.Contain("s3:DeleteObject"));
        Assert.That(statements.Single(s => s.Sid == "StateLock").Resources, Is.EqualTo(new[] { state + "/preprod/terraform.tfstate.tflock" }));
        Assert.That(statements.SelectMany(s => s.Resources), Has.None.Contains("bootstrap/"), "the push role cannot change its own bootstrap");
    }

    [Test]
    public async Task The_provisioning_role_creates_only_roles_that_carry_the_boundary()
    {
        var statements = Statements(await preprod.BootstrapAttributeAsync("module.runtime_provisioning.aws_iam_role_policy.provisioning", "policy"));

        var create = statements.Single(s => s.Actions.Contains("iam:CreateRole"));
        Assert.That(create.Json.GetProperty("Condition").GetProperty("StringEquals").GetProperty("iam:PermissionsBoundary").GetString(),
            Is.EqualTo("arn:aws:iam::222222222222:policy/greeter-preprod-boundary"));
        Assert.That(statements.Where(s => s.Effect == "Deny").SelectMany(s => s.Actions), Does.Contain("iam:DeleteRolePermissionsBoundary"));
    }

    // Defect 5: both environments' push webhooks matched develop, master and main, so every push built twice.
    [Test]
    public async Task Each_push_project_starts_only_for_its_environments_branches_and_one_project_takes_pull_requests()
    {
        var preprodPlan = await PlanWithCodeBuildAsync(preprod);
        var prodPlan = await PlanWithCodeBuildAsync(prod);

        Assert.That(HeadRefs(preprodPlan, "module.ci.aws_codebuild_webhook.push[0]"), Is.EqualTo(new[] { "^refs/heads/(develop)$" }));
        Assert.That(HeadRefs(prodPlan, "module.ci.aws_codebuild_webhook.push[0]"), Is.EqualTo(new[] { "^refs/heads/(master|main)$" }));
        Assert.That(Addresses(preprodPlan), Does.Contain("module.ci.aws_codebuild_webhook.pull_request[0]"));
        Assert.That(Addresses(prodPlan), Has.None.Contains("pull_request"));
        Assert.That(Addresses(preprodPlan), Has.None.Contains("codepipeline"), "one deploy path: the push build");

        var project = After(preprodPlan, "module.ci.aws_codebuild_project.pull_request[0]");
        Assert.That(project.GetProperty("cache")[0].GetProperty("type").GetString(), Is.EqualTo("LOCAL"));
        Assert.That(Addresses(prodPlan), Does.Contain("module.ci.aws_codeconnections_connection.source[0]"), "prod's own infrastructure account gets its own connection");
    }

    private static async Task<JsonElement> PlanWithCodeBuildAsync(LocalAccountsRehearsal environment)
    {
        var plan = Path.Combine(environment.Environment.Bootstrap.OutputDirectory, "codebuild.tfplan");
        Directory.CreateDirectory(environment.Environment.Bootstrap.OutputDirectory);
        await environment.Bootstrap.SucceedAsync(["plan", "-refresh=false", "-no-color", $"-out={plan}", .. environment.BootstrapVariables, "-var=create_codebuild=true"]);
        using var document = JsonDocument.Parse(await environment.Bootstrap.SucceedAsync("show", "-json", "-no-color", plan));
        return document.RootElement.GetProperty("resource_changes").Clone();
    }

    private static IEnumerable<string> Addresses(JsonElement changes) =>
        changes.EnumerateArray().Where(c => c.GetProperty("change").GetProperty("actions").EnumerateArray().Any(a => a.GetString() == "create"))
            .Select(c => c.GetProperty("address").GetString()!);

    private static JsonElement After(JsonElement changes, string address) =>
        changes.EnumerateArray().Single(c => c.GetProperty("address").GetString() == address).GetProperty("change").GetProperty("after");

    private static IEnumerable<string> HeadRefs(JsonElement changes, string address) =>
        After(changes, address).GetProperty("filter_group").EnumerateArray()
            .SelectMany(g => g.GetProperty("filter").EnumerateArray())
            .Where(f => f.GetProperty("type").GetString() == "HEAD_REF").Select(f => f.GetProperty("pattern").GetString()!);

    private static List<Statement> Statements(string policy)
    {
        using var document = JsonDocument.Parse(policy);
        return [.. document.RootElement.GetProperty("Statement").EnumerateArray().Select(s => new Statement(s.Clone()))];
    }

    private sealed record Statement(JsonElement Json)
    {
        public string? Sid => Json.TryGetProperty("Sid", out var sid) ? sid.GetString() : null;

        public string Effect => Json.GetProperty("Effect").GetString()!;

        public IReadOnlyList<string> Actions => Strings("Action");

        public IReadOnlyList<string> Resources => Strings("Resource");

        private string[] Strings(string name) => !Json.TryGetProperty(name, out var value) ? []
            : value.ValueKind == JsonValueKind.String ? [value.GetString()!] : [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }
}
