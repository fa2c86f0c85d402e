using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>A parameter's AllowedValues read from template text: both YAML list forms, and only that parameter's own block.</summary>
public class TemplateParametersTests
{
    [Test]
    public void The_flow_form_is_read_unquoted_without_empty_entries()
    {
        const string template = "Parameters:\n  Stage:\n    Type: String\n    AllowedValues: [dev, \"prod\", 'qa', ]\n  Other:\n    AllowedValues: [x]\nResources: {}\n";

        Assert.That(TemplateParameters.AllowedValues(template, "Stage"), Is.EqualTo(new[] { "dev", "prod", "qa" }));
        Assert.That(TemplateParameters.AllowedValues(template, "Other"), Is.EqualTo(new[] { "x" }));
    }

    [Test]
    public void The_block_form_ends_at_the_first_line_that_is_not_an_item_and_blank_lines_do_not_end_the_parameter()
    {
        const string template = "Resources: {}\r\nParameters:\r\n  Stage:\r\n    Type: String\r\n\r\n    AllowedValues:\r\n      - dev\r\n      - \"prod\"\r\n    Default: dev\r\n";

        Assert.That(TemplateParameters.AllowedValues(template, "Stage"), Is.EqualTo(new[] { "dev", "prod" }));
    }

    [Test]
    public void A_parameter_without_AllowedValues_does_not_take_the_next_parameters()
    {
        const string template = "Parameters:\n  Stage:\n    Type: String\n  Other:\n    AllowedValues: [a]\n";

        Assert.That(TemplateParameters.AllowedValues(template, "Stage"), Is.Null);
    }

    [Test]
    public void A_parameter_block_that_runs_to_the_end_of_the_file_without_AllowedValues_has_none()
    {
        Assert.That(TemplateParameters.AllowedValues("Parameters:\n  Stage:\n    Type: String", "Stage"), Is.Null);
    }

    [Test]
    public void A_top_level_key_of_the_same_name_is_not_the_parameter()
    {
        const string template = "Parameters:\n  Other:\n    AllowedValues: [a]\nStage:\n  AllowedValues: [wrong]\n";

        Assert.That(TemplateParameters.AllowedValues(template, "Stage"), Is.Null);
    }

    [Test]
    public void Without_a_Parameters_section_or_that_parameter_there_is_nothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TemplateParameters.AllowedValues("Resources:\n  Stage:\n    AllowedValues: [a]\n", "Stage"), Is.Null);
            Assert.That(TemplateParameters.AllowedValues("Parameters:\n  Other:\n    AllowedValues: [a]\n", "Stage"), Is.Null);
        });
    }
}
