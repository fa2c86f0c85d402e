using System.Globalization;

namespace Pipeline.Incremental;

/// <summary>What each skippable check reads, as files under the repository and facts about its tools.</summary>
public static class CheckInputs
{
    /// <summary>
    /// A root's `terraform validate`: the root's files (its lock file among them), every module it may call, the
    /// Terraform version, the CLI config and the providers in the mirror it points at.
    /// </summary>
    public static InputStamp TerraformRoot(string repository, string root, string terraformVersion, string? cliConfigFile, string? mirror) =>
        InputStamp.Of(repository, [root, "infra/modules"], [
            .. Terraform(terraformVersion, cliConfigFile),
            .. Providers(mirror),
        ]);

    /// <summary>
    /// An environment's `terraform init`: what validate reads, plus the init arguments (backend config, the emulator's
    /// endpoint among them) and what init left in its data directory (backend record, module manifest, providers).
    /// </summary>
    public static InputStamp TerraformInit(
        string repository, string root, string terraformVersion, string? cliConfigFile, string? mirror, IEnumerable<string> initArguments, string dataDirectory) =>
        InputStamp.Of(repository, [root, "infra/modules", Path.Combine(dataDirectory, "terraform.tfstate"), Path.Combine(dataDirectory, "modules", "modules.json")], [
            .. Terraform(terraformVersion, cliConfigFile),
            "data-directory " + Path.GetFullPath(dataDirectory),
            .. initArguments.Select(argument => "init " + argument),
            .. Providers(mirror),
            .. Installed(Path.Combine(dataDirectory, "providers")),
        ]);

    /// <summary>
    /// A rehearsal's bootstrap apply: the bootstrap root and its modules, Terraform, the providers, the apply's
    /// variables and backend settings (the emulator's endpoint among them), and what the emulator holds now
    /// (<paramref name="emulatorState"/>: the bootstrap state object's version, or its absence after a reset).
    /// </summary>
    public static InputStamp Bootstrap(
        string repository, string root, string terraformVersion, string? cliConfigFile, string? mirror,
        IEnumerable<KeyValuePair<string, string>> variables, IEnumerable<KeyValuePair<string, string>> backendConfig, string emulatorState) =>
        InputStamp.Of(repository, [root, "infra/modules"], [
            .. Terraform(terraformVersion, cliConfigFile),
            .. variables.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"var {pair.Key}={pair.Value}"),
            .. backendConfig.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"backend {pair.Key}={pair.Value}"),
            "emulator " + emulatorState,
            .. Providers(mirror),
        ]);

    /// <summary>
    /// The build's own tests read the build's code, its tests and repository files (README, docs, buildspecs,
    /// infra/): the whole source tree, with the SDK's version.
    /// </summary>
    public static InputStamp BuildTests(string repository, string sdkVersion) =>
        InputStamp.Of(repository, ["."], ["dotnet " + sdkVersion]);

    /// <summary>The Terraform version and the CLI configuration (where providers come from) every Terraform check reads.</summary>
    private static IEnumerable<string> Terraform(string version, string? cliConfigFile) =>
    [
        "terraform " + version,
        "cli-config " + (cliConfigFile is not null && File.Exists(cliConfigFile) ? File.ReadAllText(cliConfigFile) : "none"),
    ];

    /// <summary>What init installed, by path and size (the provider binary is too big to hash each run).</summary>
    private static IEnumerable<string> Installed(string providers) =>
        Directory.Exists(providers)
            ? new DirectoryInfo(providers).EnumerateFiles("*", SearchOption.AllDirectories)
                .Select(file => string.Create(CultureInfo.InvariantCulture, $"installed {Path.GetRelativePath(providers, file.FullName)} {file.Length}"))
                .Order(StringComparer.Ordinal)
                .ToList()
            : ["installed nothing"];

    /// <summary>Each provider file in the mirror by path, size and time: a provider's version is in its path.</summary>
    public static IEnumerable<string> Providers(string? mirror)
    {
        if (mirror is null || !Directory.Exists(mirror))
        {
            return ["providers from the registry, pinned by the lock file"];
        }

        return new DirectoryInfo(mirror).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(file => string.Create(CultureInfo.InvariantCulture,
                $"provider {Path.GetRelativePath(mirror, file.FullName)} {file.Length} {file.LastWriteTimeUtc:O}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
