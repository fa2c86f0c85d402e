using System.Text.Json;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

/// <summary>Body members: absent values are left out, as the SDK does.</summary>
internal static class JsonWrite
{
    public static void Optional(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    public static void Routing(this Utf8JsonWriter json, AliasRoutingConfiguration? routing)
    {
        if (routing is null)
        {
            return;
        }

        json.WriteStartObject("RoutingConfig");
        json.WriteStartObject("AdditionalVersionWeights");
        foreach (var (version, weight) in routing.AdditionalVersionWeights ?? [])
        {
            json.WriteNumber(version, weight);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
