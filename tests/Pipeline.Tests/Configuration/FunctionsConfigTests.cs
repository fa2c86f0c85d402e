using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>service.functions: several handlers in one package, each checked against the template before any AWS call.</summary>
public class FunctionsConfigTests
{
    private const string Functions = """
        { "Api": { "handler": "Service::Service.Function::HandleAsync" },
          "Worker": { "handler": "Service::Service.Worker::HandleAsync", "memorySize": 1024, "timeoutSeconds": 60 } }
        """;

    private ConfigWorkspace workspace = null!;

    [SetUp]
    public void SetUp()
    {
        workspace = new ConfigWorkspace();
        WriteTemplate(["Api", "Worker"]);
    }

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [Test]
    public void Named_functions_get_their_own_parameters_and_inherit_the_service_settings()
    {
        var result = LoadFunctions(Functions);

        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        var service = result.Config!.Service;
        var values = TemplateContract.Values(service, new Dictionary<string, string>(), "b", "k", "kms", "1.0.0", "abc1234", "boundary", "live");
        Assert.Multiple(() =>
        {
            Assert.That(service.Functions.Select(f => (f.Name, f.MemorySize, f.TimeoutSeconds)), Is.EqualTo(new[] { ("Api", 256, 15), ("Worker", 1024, 60) }));
            Assert.That(values["ApiHandler"], Is.EqualTo("Service::Service.Function::HandleAsync"));
            Assert.That((values["WorkerMemorySize"], values["WorkerTimeout"]), Is.EqualTo(("1024", "60")));
            Assert.That(values.Keys, Does.Not.Contain("Handler"));
            Assert.That(service.Functions[1].DeployedName("greeter-preprod"), Is.EqualTo("greeter-preprod-worker"));
        });
    }

    [Test]
    public void The_single_handler_form_is_one_function_with_the_plain_parameter_names()
    {
        File.WriteAllText(Path.Combine(workspace.Root, "deploy", "lambda.yml"), ConfigWorkspace.Template);
        var result = workspace.LoadText(ConfigWorkspace.Valid);

        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        var function = result.Config!.Service.Functions.Single();
        Assert.That((function.HandlerParameter, function.FunctionNameOutput, function.DeployedName("greeter-preprod")),
            Is.EqualTo(("Handler", "FunctionName", "greeter-preprod")));
    }

    [Test]
    public void Handler_and_functions_together_are_refused_with_the_fix()
    {
        var result = workspace.LoadWith("service.functions", Functions);

        Assert.That(result.Errors.Select(e => e.KeyPath), Does.Contain("service.handler"));
        Assert.That(result.Errors.First(e => e.KeyPath == "service.handler").ToString(), Does.Contain("'functions'").And.Contain("remove 'handler'"));
    }

    [Test]
    public void A_function_name_that_cannot_prefix_a_parameter_is_named()
    {
        var result = LoadFunctions("""{ "api-v2": { "handler": "Service::Service.Function::HandleAsync" } }""");

        Assert.That(result.Errors.Select(e => e.KeyPath), Does.Contain("service.functions.api-v2"));
        Assert.That(result.Errors.First(e => e.KeyPath == "service.functions.api-v2").ToString(), Does.Contain("uppercase letter"));
    }

    [Test]
    public void A_function_without_a_handler_and_a_bad_handler_name_their_keys()
    {
        var result = LoadFunctions("""{ "Api": { "smokeEvent": "missing.json" }, "Worker": { "handler": "Service.Worker" } }""");

        Assert.That(result.Errors.Select(e => e.KeyPath),
            Is.SupersetOf(new[] { "service.functions.Api.handler", "service.functions.Api.smokeEvent", "service.functions.Worker.handler" }));
    }

    [Test]
    public void A_template_without_a_functions_parameters_output_or_name_is_refused_per_function()
    {
        WriteTemplate(["Api"]);

        var result = LoadFunctions(Functions);

        var worker = result.Errors.Where(e => e.KeyPath == "service.functions.Worker").Select(e => e.ToString()).ToList();
        Assert.That(worker, Has.Count.EqualTo(4), string.Join("\n", result.Errors));
        Assert.That(worker, Has.Some.Contains("'WorkerHandler'").And.Some.Contains("${AWS::StackName}-worker"));
        Assert.That(result.Errors.Where(e => e.KeyPath == "service.functions.Api"), Is.Empty);
    }

    [Test]
    public void A_template_parameter_for_a_function_pipeline_json_does_not_name_is_required_of_nobody()
    {
        WriteTemplate(["Api", "Worker", "Cron"]);

        var result = LoadFunctions(Functions);

        Assert.That(result.Errors.Select(e => e.ToString()), Has.Some.Contains("needs 'CronHandler'"));
    }

    [Test]
    public void A_function_name_too_long_for_lambda_in_an_environment_is_named()
    {
        var name = "Reconciliation" + new string('X', 18);
        WriteTemplate(["Api", name]);

        var text = ConfigWorkspace.Valid
            .Replace("\"handler\": \"Service::Service.Function::HandleAsync\",", $$"""
                "functions": { "Api": { "handler": "A::B.C::D" }, "{{name}}": { "handler": "A::B.C::D" } },
                """, StringComparison.Ordinal)
            .Replace("\"stackName\": \"greeter-preprod\"", "\"stackName\": \"greeter-preprod-of-the-reconciliation-team\"", StringComparison.Ordinal);

        var result = workspace.LoadText(text);

        var errors = result.Errors.Where(e => e.KeyPath == $"service.functions.{name}").Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", result.Errors));
        Assert.That(errors[0], Does.Contain("in preprod the function would be named 'greeter-preprod-of-the-reconciliation-team-reconciliation").And.Contain("Lambda allows 64"));
    }

    private ConfigLoadResult LoadFunctions(string functions)
    {
        var text = ConfigWorkspace.Valid.Replace("\"handler\": \"Service::Service.Function::HandleAsync\",", $"\"functions\": {functions},", StringComparison.Ordinal);
        return workspace.LoadText(text);
    }

    private void WriteTemplate(IReadOnlyList<string> functions)
    {
        var shared = string.Concat(TemplateContract.SharedParameters.Select(name => $"  {name}:\n    Type: String\n"));
        var own = string.Concat(functions.SelectMany(f => new[] { "Handler", "MemorySize", "Timeout" }).Select((suffix, i) => $"  {functions[i / 3]}{suffix}:\n    Type: String\n"));
        var resources = string.Concat(functions.Select(f => $"  {f}Function:\n    Type: AWS::Lambda::Function\n    Properties:\n      FunctionName: !Sub ${{AWS::StackName}}-{f.ToLowerInvariant()}\n"));
        var outputs = string.Concat(functions.Select(f => $"  {f}FunctionName:\n    Value: !Ref {f}Function\n"));
        File.WriteAllText(Path.Combine(workspace.Root, "deploy", "lambda.yml"),
            "Parameters:\n" + shared + own + "  LogLevel:\n    Type: String\n    Default: Information\n  Retries:\n    Type: String\n    Default: \"0\"\n" +
            "Resources:\n" + resources + "Outputs:\n" + outputs);
    }
}
