using System.Text.Json;

namespace Pipeline.Configuration;

/// <summary>Reads one JSON object of pipeline.json, reporting unknown keys, wrong types and missing keys to the sink.</summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> properties = new(StringComparer.Ordinal);
    private readonly ConfigErrorSink sink;

    private JsonObjectReader(JsonElement element, string path, ConfigErrorSink sink, IReadOnlyCollection<string> known)
    {
        Path = path;
        this.sink = sink;
        foreach (var property in element.EnumerateObject())
        {
            if (!properties.TryAdd(property.Name, property.Value))
            {
                sink.Add(PathOf(property.Name), "the key appears twice; JSON readers keep only one of them.", "Delete one of the two entries.");
            }
            else if (known.Count > 0 && !known.Contains(property.Name))
            {
                var guess = ClosestName.Find(property.Name, known);
                sink.Add(PathOf(property.Name), $"unknown key '{property.Name}'.",
                    guess is null ? $"Remove it; known keys here: {string.Join(", ", known)}." : $"Did you mean '{guess}'? Rename it, or remove it.");
            }
        }
    }

    public string Path { get; }

    public IEnumerable<string> Keys => properties.Keys;

    /// <summary>Reads an object, or reports that the value is not one. An empty known list accepts any key.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, ConfigErrorSink sink, params string[] known)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, path, sink, known);
        }

        sink.Add(path, $"expected an object {{ ... }} but found {Describe(element)}.", "Write this value as a JSON object.");
        return null;
    }

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public JsonElement? Value(string key, bool required, string example)
    {
        if (properties.TryGetValue(key, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            sink.Add(PathOf(key), $"the required key '{key}' is missing.", $"Add \"{key}\": {example}.");
        }

        return null;
    }

    public string? String(string key, bool required, string example)
    {
        if (Value(key, required, example) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            var quoted = value.ValueKind == JsonValueKind.Number ? $" Quote it: \"{value.GetRawText()}\"." : string.Empty;
            sink.Add(PathOf(key), $"expected a string but found {Describe(value)}.", $"Write a string, e.g. \"{key}\": {example}.{quoted}");
            return null;
        }

        var text = value.GetString()!;
        if (text.Trim().Length == 0)
        {
            sink.Add(PathOf(key), "the value is empty.", $"Give a value, e.g. \"{key}\": {example}, or remove the key if it is optional.");
            return null;
        }

        return text;
    }

    public int? Int(string key, bool required, int min, int max, string example, string? why = null)
    {
        if (Value(key, required, example) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            sink.Add(PathOf(key), $"expected a whole number but found {Describe(value)}.", $"Write a number without quotes, e.g. \"{key}\": {example}.");
            return null;
        }

        if (number < min || number > max)
        {
            sink.Add(PathOf(key), $"{number} is out of range.", $"Use a value from {min} to {max}.{(why is null ? string.Empty : " " + why)}");
            return null;
        }

        return number;
    }

    public bool? Bool(string key)
    {
        if (Value(key, false, "true") is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        sink.Add(PathOf(key), $"expected true or false but found {Describe(value)}.", $"Write \"{key}\": true or false, without quotes.");
        return null;
    }

    public IReadOnlyList<string> StringArray(string key, string example)
    {
        if (Value(key, false, example) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            sink.Add(PathOf(key), $"expected a list of strings but found {Describe(value)}.", $"Write e.g. \"{key}\": {example}.");
            return [];
        }

        return value.EnumerateArray().Select(item => item.GetString()!).ToList();
    }

    /// <summary>A string-to-string map; numbers and booleans are accepted and kept as their JSON text.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string key, string example)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Value(key, false, example) is not { } value || Open(value, PathOf(key), sink) is not { } inner)
        {
            return map;
        }

        foreach (var name in inner.Keys)
        {
            var item = inner.properties[name];
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
            {
                sink.Add(inner.PathOf(name), $"expected a string but found {Describe(item)}.", "Parameter values are plain strings; write \"Name\": \"value\".");
                continue;
            }

            map[name] = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
        }

        return map;
    }

    public JsonObjectReader? Object(string key, bool required, string example, params string[] known) =>
        Value(key, required, example) is { } value ? Open(value, PathOf(key), sink, known) : null;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
