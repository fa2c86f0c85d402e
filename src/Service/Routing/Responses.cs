using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Service.Model;

namespace Service.Routing;

/// <summary>Builds proxy responses whose body is a JSON document produced by the source-generated context.</summary>
public static class Responses
{
    public static ProxyResponse Json<T>(int statusCode, T body, JsonTypeInfo<T> typeInfo, string? allow = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Content-Type"] = "application/json; charset=utf-8",
            ["Cache-Control"] = "no-store",
        };
        if (allow is not null)
        {
            headers["Allow"] = allow;
        }

        return new ProxyResponse(statusCode, headers, JsonSerializer.Serialize(body, typeInfo));
    }

    public static ProxyResponse Error(int statusCode, string error, string message, string? allow = null) =>
        Json(statusCode, new ErrorBody(error, message), ServiceJsonContext.Default.ErrorBody, allow);
}
