namespace Build.Tests;

public class BuildOptionsTests
{
    private static (BuildOptions Options, IReadOnlyList<string> Errors) Parse(bool onCodeBuild = false, params (string Name, string Value)[] arguments) =>
        BuildOptions.Parse(name => arguments.Where(a => a.Name == name).Select(a => a.Value).FirstOrDefault(), onCodeBuild);

    [Test]
    public void Local_emulator_is_the_default_outside_CodeBuild_and_real_AWS_inside()
    {
        Assert.That(Parse().Options.Aws, Is.EqualTo(AwsMode.Local));
        Assert.That(Parse(onCodeBuild: true).Options.Aws, Is.EqualTo(AwsMode.Real));
    }

    [TestCase("real", AwsMode.Real)]
    [TestCase("LOCAL", AwsMode.Local)]
    public void Aws_mode_is_one_setting(string value, AwsMode expected) =>
        Assert.That(Parse(false, ("aws", value)).Options.Aws, Is.EqualTo(expected));

    [TestCase("aws", "cloud", "--aws=local")]
    [TestCase("aws", "2", "--aws=local")]
    [TestCase("configuration", "Fast", "Release or Debug")]
    [TestCase("confirm", "maybe", "--confirm=false")]
    [TestCase("local-aws-endpoint", "http://10.0.0.5:5000", "on this machine")]
    [TestCase("to-version", "v3", "--to-version=N")]
    [TestCase("to-version", "$LATEST", "published version")]
    public void Bad_values_name_the_option_and_the_fix(string name, string value, string fix)
    {
        var errors = Parse(false, (name, value)).Errors;
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.Contain($"--{name}={value}").And.Contain(fix));
    }

    [Test]
    public void A_profile_without_real_AWS_is_refused() =>
        Assert.That(Parse(false, ("profile", "dev")).Errors.Single(), Does.Contain("--aws=real"));

    [Test]
    public void Switches_take_a_boolean_and_the_command_line_writes_a_bare_switch_as_true()
    {
        var bare = Build.Console.CommandLine.Parse(["--confirm", "--keep-local-aws", "--stop-on-drift"]);
        var options = BuildOptions.Parse(bare.Value, onCodeBuild: false).Options;
        Assert.That(options.Confirm && options.KeepLocalAws && options.StopOnDrift, Is.True);
        Assert.That(Parse(false, ("confirm", "true")).Options.Confirm, Is.True);
        Assert.That(Parse(false, ("confirm", "false")).Options.Confirm, Is.False);
        Assert.That(Parse().Options.Confirm, Is.False);
    }

    [Test]
    public void A_running_emulator_can_be_reused()
    {
        var (options, errors) = Parse(false, ("local-aws-endpoint", "http://127.0.0.1:5123"));
        Assert.That(errors, Is.Empty);
        Assert.That(options.LocalAwsEndpoint, Is.EqualTo(new Uri("http://127.0.0.1:5123")));
    }
}
