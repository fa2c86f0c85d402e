using System.Text.RegularExpressions;
using Build.Graph;
using Pipeline.GitFlow;

namespace Build.Tests;

public partial class GraphTests
{
    private static readonly TaskGraph Graph = TaskGraph.FromAssembly(typeof(BuildContext).Assembly);

    [Test]
    public void Every_task_says_what_it_does() =>
        Assert.That(Graph.Descriptions.Where(pair => string.IsNullOrWhiteSpace(pair.Value)).Select(pair => pair.Key), Is.Empty);

    [TestCase("DestroyEphemeral")]
    [TestCase("DestroyEnvironment")]
    [TestCase("Rollback")]
    public void Teardown_targets_do_not_build_or_test(string target) =>
        Assert.That(Graph.Closure(target), Has.None.AnyOf("Restore", "Build", "Test", "PullRequest"));

    [Test]
    public void The_pull_request_graph_cannot_reach_AWS()
    {
        var tasks = Graph.Closure("PullRequest");
        Assert.That(tasks, Does.Contain("Test").And.Contain("Package").And.Contain("LintTemplate").And.Contain("TerraformValidate"));
        Assert.That(tasks, Has.None.AnyOf("StartLocalAws", "SignIn", "TerraformInit", "StartTerraform", "TerraformApply", "UploadArtifact", "AssumeRuntimeRole", "DeployStack"));
    }

    [TestCase("PullRequest")]
    [TestCase("DeployPreprod")]
    [TestCase("Default")]
    public void Independent_checks_start_after_Clean_and_before_the_dotnet_chain(string target)
    {
        var tasks = Graph.Closure(target).ToList();
        Assert.That(tasks.IndexOf("StartChecks"), Is.GreaterThan(tasks.IndexOf("Clean")).And.LessThan(tasks.IndexOf("Restore")),
            "the checks run beside the build, and Clean must not delete what they write");
        Assert.That(tasks, Does.Contain("LintTemplate").And.Contain("TerraformValidate"));
    }

    [Test]
    public void Pull_requests_run_the_builds_own_tests_after_the_services_and_deploys_do_not()
    {
        var tasks = Graph.Closure("PullRequest").ToList();
        Assert.That(tasks.IndexOf("BuildTests"), Is.GreaterThan(tasks.IndexOf("Test")), "the build's own tests wait after the service's");
        Assert.That(Graph.Closure("DeployPreprod"), Has.None.EqualTo("BuildTests"));
    }

    [TestCase("DeployPreprod")]
    [TestCase("DeployProd")]
    [TestCase("Default")]
    public void Deploy_targets_smoke_test_before_upload_and_shift_traffic_after_the_stack(string target)
    {
        var tasks = Graph.Closure(target).ToList();
        Assert.That(tasks.IndexOf("SmokeTest"), Is.LessThan(tasks.IndexOf("UploadArtifact")).And.GreaterThan(tasks.IndexOf("Package")));
        Assert.That(tasks.IndexOf("ShiftTraffic"), Is.GreaterThan(tasks.IndexOf("DeployStack")));
    }

    [TestCase("DeployPreprod")]
    [TestCase("DeployProd")]
    [TestCase("Default")]
    public void Deploy_targets_plan_beside_the_checks_and_change_what_runs_only_after_them(string target)
    {
        var tasks = Graph.Closure(target).ToList();
        Assert.That(tasks.IndexOf("StartTerraform"), Is.LessThan(tasks.IndexOf("Restore")), "Terraform starts before the build so it runs beside it");
        Assert.That(tasks.IndexOf("PullRequest"), Is.LessThan(tasks.IndexOf("TerraformApply")));
        Assert.That(tasks.IndexOf("TerraformApply"), Is.LessThan(tasks.IndexOf("UploadArtifact")));
        Assert.That(tasks.IndexOf("UploadArtifact"), Is.LessThan(tasks.IndexOf("DeployStack")));
    }

    [Test]
    public void Only_deploy_targets_that_apply_Terraform_run_it()
    {
        foreach (var target in new[] { "DeployEphemeral", "DestroyEphemeral", "DestroyEnvironment", "PullRequest" })
        {
            Assert.That(Graph.Closure(target), Has.None.AnyOf("StartTerraform", "TerraformApply"), target);
        }

        Assert.That(Graph.Closure("DeployEphemeral"), Does.Contain("ReadTerraformOutputs").And.Contain("DeployStack"));
    }

    [Test]
    public void Only_prod_looks_for_a_package_to_promote_and_deploys_skip_the_read_only_plan()
    {
        Assert.That(Graph.Closure("DeployPreprod"), Has.None.AnyOf("FindPromotableArtifact", "TerraformPlan"));
        var prod = Graph.Closure("DeployProd").ToList();
        Assert.That(prod, Has.None.EqualTo("TerraformPlan"));
        Assert.That(prod.IndexOf("FindPromotableArtifact"), Is.GreaterThan(prod.IndexOf("TerraformApply")).And.LessThan(prod.IndexOf("UploadArtifact")));
    }

    [Test]
    public void Default_is_the_preprod_deploy_plus_its_summary() =>
        Assert.That(Graph.Closure("Default"), Is.EqualTo(Graph.Closure("DeployPreprod").Append("Default")));

    // Which tasks run is each target's dependency list; ShouldRun is left for a condition only the run knows.
    [Test]
    public void Only_run_time_conditions_skip_tasks() =>
        Assert.That(Graph.Conditional, Is.EquivalentTo(new[] { "StartLocalAws", "Bootstrap" }));

    [Test]
    public void Task_classes_are_named_as_their_tasks() =>
        Assert.That(TargetCatalog.Tasks.Where(task => task.Name != TargetCatalog.NameOf(task)).Select(task => task.FullName), Is.Empty);

    [Test]
    public void Buildspecs_call_targets_that_exist()
    {
        var buildspecs = Directory.GetFiles(Path.Combine(RepositoryConfig.Root, "buildspec"), "*.yml");
        Assert.That(buildspecs, Has.Length.EqualTo(2));
        foreach (var buildspec in buildspecs)
        {
            var targets = TargetArgument().Matches(File.ReadAllText(buildspec)).Select(m => m.Groups[1].Value).ToList();
            Assert.That(targets, Is.Not.Empty, buildspec);
            Assert.That(targets, Is.SubsetOf(TargetCatalog.Targets.Select(TargetCatalog.NameOf).Append(TargetCatalog.Ci)), buildspec);
        }
    }

    [Test]
    public void The_diagram_shows_what_the_policy_does()
    {
        var diagram = PipelineDiagram.Render(Graph, new GitFlowPolicy());
        Assert.That(diagram, Does.Contain("[\"push to 'develop'\"] --> DeployPreprod"));
        Assert.That(diagram, Does.Contain("[\"push to 'master'\"] --> DeployProd"));
        Assert.That(diagram, Does.Contain("[\"push to 'main'\"] --> DeployProd"));
        Assert.That(diagram, Does.Match("pull request.*--> PullRequest"));
        Assert.That(diagram, Does.Not.Match("pull request.*--> Deploy"));
    }

    [Test]
    public void The_committed_diagram_is_up_to_date()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryConfig.Root, "docs", "pipeline.md"));
        Assert.That(committed, Is.EqualTo(PipelineDiagram.Render(Graph, new GitFlowPolicy())),
            "docs/pipeline.md is stale: run ./build.sh --target=Graph and commit the result.");
    }

    [Test]
    public void The_README_embeds_the_current_chart()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryConfig.Root, "README.md"));
        Assert.That(readme, Is.EqualTo(PipelineDiagram.EmbedIn(readme, new GitFlowPolicy())),
            "README.md's pipeline chart is stale: run ./build.sh --target=Graph and commit the result.");
    }

    [GeneratedRegex(@"--target=(\w+)")]
    private static partial Regex TargetArgument();
}
