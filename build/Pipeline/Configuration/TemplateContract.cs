using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Configuration;

/// <summary>
/// The parameters the build passes to the service's CloudFormation template, in one place: <see cref="Values"/> makes
/// them for a deploy, <see cref="Check"/> proves the template declares every one of them (and needs nothing else)
/// before any AWS call. A template of your own must declare these names in its top-level Parameters block.
/// </summary>
public static partial class TemplateContract
{
    public static readonly IReadOnlyList<string> BuildParameters =
    [
        "ArtifactBucket", "ArtifactKey", "ArtifactKmsKeyArn", "Version", "Commit", "Handler", "Runtime", "MemorySize", "Timeout",
        "PermissionsBoundaryArn", "AliasName",
    ];

    /// <summary>The values a deploy passes: the environment's own parameters (pipeline.json), then the build's.</summary>
    public static Dictionary<string, string> Values(ServiceConfig service, IReadOnlyDictionary<string, string> environment,
        string bucket, string key, string kmsKeyArn, string version, string commit, string permissionsBoundaryArn, string aliasName)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new Dictionary<string, string>(environment, StringComparer.Ordinal)
        {
            ["ArtifactBucket"] = bucket,
            ["ArtifactKey"] = key,
            ["ArtifactKmsKeyArn"] = kmsKeyArn,
            ["Version"] = version,
            ["Commit"] = commit,
            ["Handler"] = service.Handler,
            ["Runtime"] = service.Runtime,
            ["MemorySize"] = service.MemorySize.ToString(CultureInfo.InvariantCulture),
            ["Timeout"] = service.TimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            ["PermissionsBoundaryArn"] = permissionsBoundaryArn,
            ["AliasName"] = aliasName,
        };
    }

    /// <summary>Every mismatch between what the build and pipeline.json pass and what the template declares.</summary>
    public static IReadOnlyList<ConfigError> Check(PipelineConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var sink = new ConfigErrorSink(config.File);
        var declared = Declared(File.ReadAllText(config.TemplatePath));
        foreach (var name in BuildParameters.Where(n => !declared.ContainsKey(n)))
        {
            sink.Add("template", $"{config.Template} does not declare the parameter '{name}' the build passes.",
                $"Add '{name}' to its Parameters (the build passes: {string.Join(", ", BuildParameters)}).");
        }

        foreach (var environment in config.Environments.Values)
        {
            foreach (var name in environment.Parameters.Keys.Where(n => !declared.ContainsKey(n)))
            {
                sink.Add($"environments.{environment.Name}.parameters.{name}", $"{config.Template} has no parameter '{name}'.",
                    $"Declare it in the template, or remove it here. The template declares: {string.Join(", ", declared.Keys)}.");
            }

            foreach (var (name, _) in declared.Where(p => !p.Value.HasDefault && !BuildParameters.Contains(p.Key) && !environment.Parameters.ContainsKey(p.Key)))
            {
                sink.Add($"environments.{environment.Name}.parameters", $"{config.Template} needs '{name}' (it has no Default) and nothing passes it.",
                    $"Add \"{name}\": \"<value>\" to environments.{environment.Name}.parameters, or give it a Default.");
            }
        }

        if (declared.TryGetValue("Runtime", out var runtime) && runtime.AllowedValues is { } allowed && !allowed.Contains(config.Service.Runtime))
        {
            sink.Add("service.runtime", $"'{config.Service.Runtime}' is not one the template allows ({string.Join(", ", allowed)}).",
                $"Use one of {string.Join(", ", allowed)}, or widen AllowedValues of Runtime in {config.Template}.");
        }

        return sink.Errors;
    }

    /// <summary>The top-level Parameters block of a YAML template: name, whether it has a Default, its AllowedValues.</summary>
    internal static Dictionary<string, TemplateParameter> Declared(string template)
    {
        var parameters = new Dictionary<string, TemplateParameter>(StringComparer.Ordinal);
        var inBlock = false;
        string? current = null;
        foreach (var line in template.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (TopLevel().IsMatch(line))
            {
                inBlock = line.StartsWith("Parameters:", StringComparison.Ordinal);
                current = null;
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            if (ParameterName().Match(line) is { Success: true } name)
            {
                current = name.Groups[1].Value;
                parameters[current] = new TemplateParameter(false, null);
            }
            else if (current is not null && Property().Match(line) is { Success: true } property)
            {
                parameters[current] = property.Groups[1].Value switch
                {
                    "Default" => parameters[current] with { HasDefault = true },
                    "AllowedValues" => parameters[current] with { AllowedValues = [.. property.Groups[2].Value.Trim('[', ']', ' ').Split(',').Select(v => v.Trim().Trim('"'))] },
                    _ => parameters[current],
                };
            }
        }

        return parameters;
    }

    [GeneratedRegex(@"^[A-Za-z]\w*:")]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"^  ([A-Za-z0-9]+):\s*$")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^    (Default|AllowedValues):\s*(.*)$")]
    private static partial Regex Property();
}

/// <summary>A template parameter as the contract sees it.</summary>
internal sealed record TemplateParameter(bool HasDefault, IReadOnlyList<string>? AllowedValues);
