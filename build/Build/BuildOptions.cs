using System.Globalization;

namespace Build;

/// <summary>
/// The command-line options of this build, read once from Cake's arguments. Tasks read these typed values;
/// nothing else parses arguments.
/// </summary>
public sealed record BuildOptions
{
    public string Configuration { get; init; } = "Release";

    public AwsMode Aws { get; init; } = AwsMode.Local;

    public string? Profile { get; init; }

    public bool Confirm { get; init; }

    public bool KeepLocalAws { get; init; }

    /// <summary>An emulator that is already running (e.g. one kept with --keep-local-aws): used instead of starting one.</summary>
    public Uri? LocalAwsEndpoint { get; init; }

    public string? Environment { get; init; }

    public string? Branch { get; init; }

    public string ConfigFile { get; init; } = "pipeline.json";

    public string? TerraformMirror { get; init; }

    public bool StopOnDrift { get; init; }

    /// <summary>--clean: run every check even when its inputs are unchanged since its last green run.</summary>
    public bool Clean { get; init; }

    /// <summary>The Lambda version Rollback moves the alias to (--to-version=N); null: the one the alias replaced.</summary>
    public string? ToVersion { get; init; }

    /// <summary>
    /// Reads options from an argument lookup. Outside CodeBuild the default is the local emulator, so a
    /// developer never reaches a real account without saying so.
    /// </summary>
    public static (BuildOptions Options, IReadOnlyList<string> Errors) Parse(Func<string, string?> argument, bool onCodeBuild)
    {
        var errors = new List<string>();
        var aws = onCodeBuild ? AwsMode.Real : AwsMode.Local;
        var awsText = argument("aws");
        if (awsText is not null)
        {
            if (Enum.TryParse<AwsMode>(awsText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                aws = parsed;
            }
            else
            {
                errors.Add($"--aws={awsText} is not known: use --aws=local (the moto emulator) or --aws=real (the accounts in the pipeline file).");
            }
        }

        var configuration = argument("configuration") ?? "Release";
        if (configuration is not ("Release" or "Debug"))
        {
            errors.Add($"--configuration={configuration} is not known: use Release or Debug.");
        }

        var endpoint = argument("local-aws-endpoint");
        Uri? localEndpoint = null;
        if (endpoint is not null && (!Uri.TryCreate(endpoint, UriKind.Absolute, out localEndpoint) || !localEndpoint.IsLoopback))
        {
            errors.Add($"--local-aws-endpoint={endpoint} must be an http URL on this machine, e.g. http://127.0.0.1:5000.");
            localEndpoint = null;
        }

        var options = new BuildOptions
        {
            Configuration = configuration,
            Aws = aws,
            Profile = argument("profile"),
            Confirm = Flag(argument, "confirm", errors),
            KeepLocalAws = Flag(argument, "keep-local-aws", errors),
            LocalAwsEndpoint = localEndpoint,
            Environment = argument("env")?.ToLowerInvariant(),
            Branch = argument("branch"),
            ConfigFile = argument("config") ?? "pipeline.json",
            TerraformMirror = argument("terraform-mirror"),
            StopOnDrift = Flag(argument, "stop-on-drift", errors),
            Clean = Flag(argument, "clean", errors),
            ToVersion = argument("to-version"),
        };
        if (options.ToVersion is { } toVersion && !(toVersion.Length is > 0 and < 20 && toVersion.All(char.IsAsciiDigit)))
        {
            errors.Add($"--to-version={toVersion} is not a Lambda version number: write --to-version=N with N a published version, e.g. --to-version=3.");
        }
        if (options.Profile is not null && aws == AwsMode.Local)
        {
            errors.Add($"--profile={options.Profile} names an AWS profile, but the run is against the local emulator: add --aws=real.");
        }

        if (options.LocalAwsEndpoint is not null && aws == AwsMode.Real)
        {
            errors.Add("--local-aws-endpoint names a local emulator, but the run is against real AWS: drop it or use --aws=local.");
        }

        return (options, errors);
    }

    private static bool Flag(Func<string, string?> argument, string name, List<string> errors)
    {
        var value = argument(name);
        if (value is null)
        {
            return false;
        }

        if (value.Length == 0 || bool.TryParse(value, out var parsed) && parsed)
        {
            return true;
        }

        if (bool.TryParse(value, out _))
        {
            return false;
        }

        errors.Add(string.Create(CultureInfo.InvariantCulture, $"--{name}={value} is not a switch value: write --{name} or --{name}=false."));
        return false;
    }
}
