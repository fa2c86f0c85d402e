using System.Text;
using System.Text.Json;
using Service.Model;

namespace Service.Routing;

/// <summary>Maps a proxy request to a response: GET /health, GET /version, POST /greetings.</summary>
public sealed class Router(ServiceInfo info)
{
    public ProxyResponse Route(ProxyRequest request)
    {
        var path = Normalise(request.Path);
        var method = (request.HttpMethod ?? string.Empty).ToUpperInvariant();
        return (path, method) switch
        {
            ("/health", "GET") => Responses.Json(200, new HealthBody("ok"), ServiceJsonContext.Default.HealthBody),
            ("/version", "GET") => Responses.Json(
                200, new VersionBody(info.Version, info.Commit, info.AssemblyVersion), ServiceJsonContext.Default.VersionBody),
            ("/greetings", "POST") => Greet(request),
            ("/health", _) or ("/version", _) => MethodNotAllowed(method, path, "GET"),
            ("/greetings", _) => MethodNotAllowed(method, path, "POST"),
            _ => Responses.Error(404, "not_found", $"No route for {method} {path}. Try GET /health, GET /version or POST /greetings."),
        };
    }

    private static ProxyResponse Greet(ProxyRequest request)
    {
        GreetingRequest? greeting;
        try
        {
            greeting = JsonSerializer.Deserialize(BodyText(request), ServiceJsonContext.Default.GreetingRequest);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return Responses.Error(400, "bad_request", "The body is not valid JSON; send {\"name\":\"Ada\"}.");
        }

        var problem = GreetingValidator.Problem(greeting?.Name);
        if (problem is not null)
        {
            return Responses.Error(400, "bad_request", problem);
        }

        return Responses.Json(201, new GreetingBody($"Hello, {greeting!.Name!.Trim()}!"), ServiceJsonContext.Default.GreetingBody);
    }

    private static string BodyText(ProxyRequest request)
    {
        var body = request.Body ?? string.Empty;
        var text = request.IsBase64Encoded ? Encoding.UTF8.GetString(Convert.FromBase64String(body)) : body;
        return string.IsNullOrWhiteSpace(text) ? "null" : text;
    }

    private static ProxyResponse MethodNotAllowed(string method, string path, string allow) =>
        Responses.Error(405, "method_not_allowed", $"{method} is not supported on {path}; use {allow}.", allow);

    private static string Normalise(string? path)
    {
        var trimmed = (path ?? "/").TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed.ToLowerInvariant();
    }
}
