using System.Text;
using System.Text.Json;

namespace Pipeline.Packaging;

/// <summary>Reads and writes artifacts/package/manifest.json (UTF-8, no BOM, "\n" line ends, fixed property order).</summary>
public static class PackageManifestFile
{
    public static string DefaultPath(string repositoryRoot) => new ArtifactsLayout(repositoryRoot).PackageManifest;

    public static string ToJson(PackageManifest manifest) =>
        JsonSerializer.Serialize(manifest, PackageManifestJsonContext.Default.PackageManifest) + "\n";

    public static void Write(string path, PackageManifest manifest)
    {
        Validate(manifest, path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, ToJson(manifest), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static PackageManifest Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No package manifest at '{path}'. Run the Package task first.", path);
        }

        return FromJson(File.ReadAllText(path), path);
    }

    /// <summary>Parses a manifest; <paramref name="path"/> names where it came from in errors.</summary>
    public static PackageManifest FromJson(string json, string path)
    {
        PackageManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(json, PackageManifestJsonContext.Default.PackageManifest);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a valid package manifest ({e.Message}). Delete it and run the Package task again.", e);
        }

        if (manifest is null)
        {
            throw new InvalidDataException($"'{path}' is empty. Delete it and run the Package task again.");
        }

        Validate(manifest, path);
        return manifest;
    }

    private static void Validate(PackageManifest manifest, string path)
    {
        var problems = new List<string>();
        Require(manifest.Application, "application", problems);
        Require(manifest.Version, "version", problems);
        Require(manifest.Commit, "commit", problems);
        Require(manifest.Branch, "branch", problems);
        Require(manifest.FileName, "fileName", problems);
        Require(manifest.CreatedFrom, "createdFrom", problems);
        if (manifest.Sha256 is null || manifest.Sha256.Length != 64 || !manifest.Sha256.All(char.IsAsciiHexDigitLower))
        {
            problems.Add("sha256 must be 64 lowercase hex characters");
        }

        if (manifest.SizeBytes <= 0)
        {
            problems.Add("sizeBytes must be greater than zero");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(
                $"Package manifest '{path}' is incomplete: {string.Join("; ", problems)}. Run the Package task again.");
        }
    }

    private static void Require(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{name} is missing");
        }
    }
}
