namespace Pipeline.Versioning;

/// <summary>The version stamped on everything one build produces.</summary>
public sealed record BuildVersion(int Major, int Minor, int Patch, string? PreRelease, int Height, string Sha)
{
    public bool IsDirty { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string SemVer => PreRelease is null ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{PreRelease}";

    /// <summary>Only major.minor, so binding redirects are not needed between patch builds.</summary>
    public string AssemblyVersion => $"{Major}.{Minor}.0.0";

    public string FileVersion => $"{Major}.{Minor}.{Patch}.{Math.Min(Height, 65534)}";

    public string InformationalVersion => $"{SemVer}+{Sha}{(IsDirty ? ".dirty" : string.Empty)}";

    public override string ToString() => InformationalVersion;
}
