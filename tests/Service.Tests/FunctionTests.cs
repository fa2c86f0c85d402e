using System.Text.Json;

namespace Service.Tests;

public class FunctionTests
{
    [Test]
    public async Task Health_returns_ok()
    {
        var response = await Invoke.RequestAsync("GET", "/health");

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(200));
        Assert.That(Invoke.Body(response).GetProperty("status").GetString(), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Response_has_the_proxy_shape()
    {
        var response = await Invoke.RequestAsync("GET", "/health");

        Assert.That(response.GetProperty("headers").GetProperty("Content-Type").GetString(), Does.StartWith("application/json"));
        Assert.That(response.GetProperty("isBase64Encoded").GetBoolean(), Is.False);
        Assert.That(response.GetProperty("body").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [Test]
    public async Task Version_reports_what_was_shipped()
    {
        var body = Invoke.Body(await Invoke.RequestAsync("GET", "/version"));

        Assert.That(body.GetProperty("version").GetString(), Is.EqualTo("1.4.0-alpha.12"));
        Assert.That(body.GetProperty("commit").GetString(), Is.EqualTo("abc1234"));
        Assert.That(body.GetProperty("assemblyVersion").GetString(), Is.EqualTo("1.4.0-alpha.12+abc1234"));
    }

    [Test]
    public async Task Trailing_slash_and_case_still_route()
    {
        var response = await Invoke.RequestAsync("get", "/Version/");

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(200));
    }

    [Test]
    public async Task Greeting_greets_by_name()
    {
        var response = await Invoke.RequestAsync("POST", "/greetings", """{"name":"  Ada "}""");

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(201));
        Assert.That(Invoke.Body(response).GetProperty("message").GetString(), Is.EqualTo("Hello, Ada!"));
    }

    [Test]
    public async Task Greeting_accepts_a_base64_body()
    {
        var response = await Invoke.RequestAsync("POST", "/greetings", """{"name":"Grace"}""", base64: true);

        Assert.That(Invoke.Body(response).GetProperty("message").GetString(), Is.EqualTo("Hello, Grace!"));
    }

    [TestCase(null, TestName = "Greeting without a body is rejected")]
    [TestCase("", TestName = "Greeting with an empty body is rejected")]
    [TestCase("{}", TestName = "Greeting without a name is rejected")]
    [TestCase("""{"name":"   "}""", TestName = "Greeting with a blank name is rejected")]
    [TestCase("""{"name":42}""", TestName = "Greeting with a number for a name is rejected")]
    [TestCase("""{"name":"a\u0007b"}""", TestName = "Greeting with control characters is rejected")]
    [TestCase("not json", TestName = "Greeting with a body that is not JSON is rejected")]
    public async Task Bad_greeting_is_a_400(string? body)
    {
        var response = await Invoke.RequestAsync("POST", "/greetings", body);

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(400));
        var error = Invoke.Body(response);
        Assert.That(error.GetProperty("error").GetString(), Is.EqualTo("bad_request"));
        Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Too_long_a_name_is_a_400()
    {
        var name = new string('x', 65);

        var response = await Invoke.RequestAsync("POST", "/greetings", $$"""{"name":"{{name}}"}""");

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(400));
        Assert.That(Invoke.Body(response).GetProperty("message").GetString(), Does.Contain("64"));
    }

    [Test]
    public async Task Unknown_path_is_a_404()
    {
        var response = await Invoke.RequestAsync("GET", "/nope");

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(404));
        Assert.That(Invoke.Body(response).GetProperty("error").GetString(), Is.EqualTo("not_found"));
    }

    [Test]
    public async Task Wrong_method_on_a_known_path_is_a_405_with_allow()
    {
        var response = await Invoke.RequestAsync("DELETE", "/greetings");

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(405));
        Assert.That(response.GetProperty("headers").GetProperty("Allow").GetString(), Is.EqualTo("POST"));
    }

    [TestCase("{ this is not json", TestName = "An event that is not JSON is a 400")]
    [TestCase("null", TestName = "A null event is a 400")]
    public async Task Broken_event_is_a_400(string json)
    {
        var response = await Invoke.RawAsync(json);

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(400));
    }

    [Test]
    public async Task Function_built_by_the_runtime_uses_the_parameterless_constructor()
    {
        var function = new Function();
        await using var output = await function.HandleAsync(new MemoryStream("""{"httpMethod":"GET","path":"/health"}"""u8.ToArray()));
        using var document = await JsonDocument.ParseAsync(output);

        Assert.That(document.RootElement.GetProperty("statusCode").GetInt32(), Is.EqualTo(200));
    }
}
