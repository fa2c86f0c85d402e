using Pipeline.Terraform;

namespace Pipeline.Tests.Infra;

public class TerraformPlanEventsTests
{
    [Test]
    public void An_event_reads_as_its_message()
    {
        const string line = """{"@level":"info","@message":"aws_s3_bucket.artifacts: Plan to create","@module":"terraform.ui","type":"planned_change","change":{"resource":{"addr":"aws_s3_bucket.artifacts"},"action":"create"}}""";
        Assert.That(TerraformPlanEvents.Render(line), Is.EqualTo(new[] { "aws_s3_bucket.artifacts: Plan to create" }));
    }

    [Test]
    public void An_error_says_where_and_why_as_plain_output_does()
    {
        const string line = """{"@level":"error","@message":"Error: Reference to undeclared resource","type":"diagnostic","diagnostic":{"severity":"error","summary":"Reference to undeclared resource","detail":"A managed resource \"nosuch\" \"thing\" has not been declared\nin the root module.","range":{"filename":"main.tf","start":{"line":2,"column":41,"byte":86},"end":{"line":2,"column":53,"byte":98}}}}""";
        Assert.That(TerraformPlanEvents.Render(line), Is.EqualTo(new[]
        {
            "Error: Reference to undeclared resource",
            "  on main.tf line 2",
            "  A managed resource \"nosuch\" \"thing\" has not been declared",
            "  in the root module.",
        }));
    }

    [Test]
    public void A_diagnostic_without_a_message_or_a_place_still_names_its_severity_and_summary()
    {
        const string line = """{"type":"diagnostic","diagnostic":{"severity":"warning","summary":"Deprecated attribute","detail":""}}""";
        Assert.That(TerraformPlanEvents.Render(line), Is.EqualTo(new[] { "warning: Deprecated attribute" }));
    }

    [TestCase("panic: runtime error")]
    [TestCase("{ not json")]
    [TestCase("")]
    public void A_line_that_is_not_an_event_is_printed_as_it_came(string line) =>
        Assert.That(TerraformPlanEvents.Render(line), Is.EqualTo(new[] { line }));

    [Test]
    public void Drift_events_are_left_to_the_build_s_own_report() =>
        Assert.That(TerraformPlanEvents.Render("""{"@level":"info","@message":"aws_iam_role.deploy: Drift detected (update)","type":"resource_drift","change":{"resource":{"addr":"aws_iam_role.deploy"},"action":"update"}}"""), Is.Empty);

    [Test]
    public void An_event_without_a_message_prints_nothing() =>
        Assert.That(TerraformPlanEvents.Render("""{"type":"outputs","outputs":{}}"""), Is.Empty);
}
