namespace Build.Console;

/// <summary>One option the build host accepts: its names, whether it takes a value, and its line in --help.</summary>
public sealed record CommandOption(string Name, bool TakesValue, string Help, params string[] Aliases)
{
    /// <summary>Options Cake Frosting itself reads; the host receives them unchanged.</summary>
    public static readonly IReadOnlyList<CommandOption> Frosting =
    [
        new("target", true, "the target to run (default: Default); the targets are listed above", "t"),
        new("verbosity", true, "quiet, minimal, normal, verbose or diagnostic", "v"),
        new("dryrun", false, "print the run plan and every task that would run or be skipped, and why; runs nothing", "noop", "whatif"),
        new("tree", false, "print the target's task tree", "showtree"),
        new("description", false, "print every task with its description", "descriptions", "showdescription", "showdescriptions"),
        new("exclusive", false, "run the target task alone, without its dependencies", "e"),
        new("working", true, "the repository folder (default: found from the current folder)", "w"),
        new("version", false, "print the build host's version and the version this checkout builds", "ver"),
        new("info", false, "print Cake's own version information"),
        new("help", false, "print this help", "h", "?"),
    ];

    /// <summary>This build's options; BuildOptions reads their values.</summary>
    public static readonly IReadOnlyList<CommandOption> Build =
    [
        new("aws", true, "local|real: the local emulator (default outside CodeBuild) or the accounts in pipeline.json (default in CodeBuild)"),
        new("profile", true, "an AWS profile for the starting identity (with --aws=real)"),
        new("confirm", false, "needed to deploy prod from a machine, or to destroy a protected environment"),
        new("env", true, "the environment DestroyEnvironment tears down, or whose alias Rollback moves back"),
        new("to-version", true, "the Lambda version Rollback moves the alias to (default: the version the alias replaced)"),
        new("branch", true, "the branch an ephemeral stack is named from (default: the checked-out branch)"),
        new("config", true, "another pipeline file (default pipeline.json)"),
        new("keep-local-aws", false, "leave the emulator running after the run; later local runs reuse it (StopLocalAws stops it)"),
        new("local-aws-endpoint", true, "use an emulator that is already running on this machine"),
        new("clean", false, "run every check even when its inputs are unchanged since its last green run"),
        new("stop-on-drift", false, "make drift found before a deploy fatal (default: warn)"),
        new("terraform-mirror", true, "the provider mirror (default $TF_PROVIDER_MIRROR, else /opt/tf-plugins)"),
        new("configuration", true, "Release|Debug: the service's build configuration"),
    ];

    public static IEnumerable<CommandOption> All => Frosting.Concat(Build);

    public bool IsBuildSwitch => !TakesValue && Build.Contains(this);

    public bool Matches(string name) =>
        string.Equals(name, Name, StringComparison.OrdinalIgnoreCase) || Aliases.Contains(name, StringComparer.OrdinalIgnoreCase);

    public string Usage => (Aliases.FirstOrDefault(alias => alias.Length == 1) is { } shortName ? $"-{shortName}, " : string.Empty)
        + $"--{Name}" + (TakesValue ? "=VALUE" : string.Empty);
}
