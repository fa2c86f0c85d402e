namespace Service.Model;

public sealed record VersionBody(string Version, string Commit, string AssemblyVersion);
