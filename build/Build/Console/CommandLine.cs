using Pipeline.Configuration;

namespace Build.Console;

/// <summary>
/// The arguments as the user typed them, read once before the host starts: every option must be known (a typo is
/// refused with the closest name), a bare switch means true, and the host receives the arguments in one spelling.
/// </summary>
public sealed record CommandLine(string Target, IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> HostArguments, IReadOnlyList<string> Errors)
{
    public bool Has(string name) => Values.ContainsKey(name);

    public string? Value(string name) => Values.GetValueOrDefault(name);

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var host = new List<string>();
        var errors = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (!token.StartsWith('-') || token == "-")
            {
                errors.Add($"'{token}' is not an option. Name a target with --target={token}, and write options as --name=value.");
                continue;
            }

            var body = token.TrimStart('-');
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? body : body[..equals];
            var option = CommandOption.All.FirstOrDefault(known => known.Matches(name));
            if (option is null)
            {
                errors.Add(Unknown(token, name));
                continue;
            }

            string value;
            if (equals >= 0)
            {
                value = body[(equals + 1)..];
            }
            else if (option.TakesValue && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else if (option.TakesValue)
            {
                errors.Add($"--{option.Name} needs a value: write --{option.Name}=VALUE.");
                continue;
            }
            else
            {
                value = option.IsBuildSwitch ? "true" : string.Empty;
            }

            values[option.Name] = value;
            host.Add(value.Length == 0 ? $"--{option.Name}" : $"--{option.Name}={value}");
        }

        var target = values.GetValueOrDefault("target") is { Length: > 0 } named ? named : "Default";
        return new CommandLine(target, values, host, errors);
    }

    /// <summary>The arguments to hand the host, with the target replaced (Ci resolved to what it runs).</summary>
    public IReadOnlyList<string> ForHost(string target) =>
        [.. HostArguments.Where(argument => !argument.StartsWith("--target=", StringComparison.Ordinal)), $"--target={target}"];

    private static string Unknown(string token, string name)
    {
        var known = CommandOption.All.SelectMany(option => option.Aliases.Where(alias => alias.Length > 1).Prepend(option.Name)).ToList();
        var started = known.Where(option => option.StartsWith(name, StringComparison.OrdinalIgnoreCase)).ToList();
        var closest = name.Length >= 3 && started.Count == 1 ? started[0] : ClosestName.Find(name, known);
        return closest is null
            ? $"{token} is not an option of this build. Run ./build.sh --help for the list."
            : $"{token} is not an option of this build. Did you mean --{closest}? (./build.sh --help lists them all)";
    }
}
