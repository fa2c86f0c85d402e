using System.Text.Json.Serialization;

namespace Pipeline.Packaging;

// Source generation keeps the property order the record declares, so the file is byte-stable.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    IgnoreReadOnlyProperties = false)]
[JsonSerializable(typeof(PackageManifest))]
internal sealed partial class PackageManifestJsonContext : JsonSerializerContext;
