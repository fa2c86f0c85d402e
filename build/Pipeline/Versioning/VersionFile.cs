using System.Text.Json;

namespace Pipeline.Versioning;

/// <summary>version.json at the repository root: { "version": "1.2.0" }, the base version until the first v* tag.</summary>
public static class VersionFile
{
    public const string FileName = "version.json";

    public static string? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
                ? version.GetString()
                : throw new InvalidDataException($"{path} has no \"version\" string. Write {{ \"version\": \"1.2.0\" }}, or delete the file.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON ({e.Message}). Write {{ \"version\": \"1.2.0\" }}, or delete the file.", e);
        }
    }
}
