using System.Text.Json;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

/// <summary>Readers for response bodies: absent or null members stay null.</summary>
internal static class JsonRead
{
    public static string? Text(this JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static long? Long(this JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    public static AliasRoutingConfiguration? Routing(this JsonElement parent)
    {
        if (!parent.TryGetProperty("RoutingConfig", out var routing) || routing.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (routing.TryGetProperty("AdditionalVersionWeights", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in map.EnumerateObject())
            {
                weights[entry.Name] = entry.Value.GetDouble();
            }
        }

        return new AliasRoutingConfiguration { AdditionalVersionWeights = weights };
    }

    public static List<T>? List<T>(this JsonElement parent, string name, Func<JsonElement, T> read) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(read).ToList()
            : null;
}
