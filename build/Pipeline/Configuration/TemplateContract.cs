using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Configuration;

/// <summary>
/// The parameters the build passes to the service's CloudFormation template, in one place: <see cref="Values"/> makes
/// them for a deploy, <see cref="Check"/> proves the template declares every one of them (and needs nothing else)
/// before any AWS call. A template of your own must declare these names in its top-level Parameters block: the
/// shared ones, and per function its handler, memory size and timeout (prefixed with the function's name when the
/// service names its functions) and, for a named function, the FunctionName &lt;stack&gt;-&lt;name in lowercase&gt;.
/// </summary>
public static partial class TemplateContract
{
    /// <summary>What every service's template receives, whatever its functions.</summary>
    public static readonly IReadOnlyList<string> SharedParameters =
    [
        "ArtifactBucket", "ArtifactKey", "ArtifactKmsKeyArn", "Version", "Commit", "Runtime", "PermissionsBoundaryArn", "AliasName",
    ];

    /// <summary>The parameters of a single-function service (service.handler).</summary>
    public static readonly IReadOnlyList<string> BuildParameters = Parameters(new ServiceConfig("p", "A::B::C", "dotnet10", 128, 1));

    /// <summary>Every parameter the build passes for <paramref name="service"/>.</summary>
    public static IReadOnlyList<string> Parameters(ServiceConfig service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return [.. SharedParameters, .. service.Functions.SelectMany(f => new[] { f.HandlerParameter, f.MemorySizeParameter, f.TimeoutParameter })];
    }

    /// <summary>The values a deploy passes: the environment's own parameters (pipeline.json), then the build's.</summary>
    public static Dictionary<string, string> Values(ServiceConfig service, IReadOnlyDictionary<string, string> environment,
        string bucket, string key, string kmsKeyArn, string version, string commit, string permissionsBoundaryArn, string aliasName)
    {
        ArgumentNullException.ThrowIfNull(service);
        var values = new Dictionary<string, string>(environment, StringComparer.Ordinal)
        {
            ["ArtifactBucket"] = bucket,
            ["ArtifactKey"] = key,
            ["ArtifactKmsKeyArn"] = kmsKeyArn,
            ["Version"] = version,
            ["Commit"] = commit,
            ["Runtime"] = service.Runtime,
            ["PermissionsBoundaryArn"] = permissionsBoundaryArn,
            ["AliasName"] = aliasName,
        };
        foreach (var function in service.Functions)
        {
            values[function.HandlerParameter] = function.Handler;
            values[function.MemorySizeParameter] = function.MemorySize.ToString(CultureInfo.InvariantCulture);
            values[function.TimeoutParameter] = function.TimeoutSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    /// <summary>Every mismatch between what the build and pipeline.json pass and what the template declares.</summary>
    public static IReadOnlyList<ConfigError> Check(PipelineConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var sink = new ConfigErrorSink(config.File);
        var text = File.ReadAllText(config.TemplatePath);
        var declared = Declared(text);
        var passed = Parameters(config.Service);
        foreach (var name in SharedParameters.Where(n => !declared.ContainsKey(n)))
        {
            sink.Add("template", $"{config.Template} does not declare the parameter '{name}' the build passes.",
                $"Add '{name}' to its Parameters (the build passes: {string.Join(", ", passed)}).");
        }

        foreach (var function in config.Service.Functions)
        {
            var own = new[] { function.HandlerParameter, function.MemorySizeParameter, function.TimeoutParameter };
            foreach (var name in own.Where(n => !declared.ContainsKey(n)))
            {
                sink.Add(function.KeyPath, $"{config.Template} does not declare '{name}', which the build passes for {function.Label}.",
                    $"Add '{name}' to the template's Parameters and use it on that function's AWS::Lambda::Function, or rename the function in {Path.GetFileName(config.File)}.");
            }

            if (function.Name.Length > 0 && !text.Contains($"FunctionName: {function.TemplateFunctionName}", StringComparison.Ordinal))
            {
                sink.Add(function.KeyPath, $"{config.Template} does not name {function.Label} 'FunctionName: {function.TemplateFunctionName}'.",
                    "Give that AWS::Lambda::Function exactly this FunctionName: the deploy role may change only functions named after the stack, and Rollback finds it by that name.");
            }
        }

        foreach (var environment in config.Environments.Values)
        {
            foreach (var function in config.Service.Functions.Where(f => f.DeployedName(environment.StackName).Length > MaxFunctionName))
            {
                var name = function.DeployedName(environment.StackName);
                sink.Add(function.KeyPath, $"in {environment.Name} the function would be named '{name}', {name.Length} characters; Lambda allows {MaxFunctionName}.",
                    $"Shorten the function's name or environments.{environment.Name}.stackName by {name.Length - MaxFunctionName} characters.");
            }

            foreach (var name in environment.Parameters.Keys.Where(n => !declared.ContainsKey(n)))
            {
                sink.Add($"environments.{environment.Name}.parameters.{name}", $"{config.Template} has no parameter '{name}'.",
                    $"Declare it in the template, or remove it here. The template declares: {string.Join(", ", declared.Keys)}.");
            }

            foreach (var (name, _) in declared.Where(p => !p.Value.HasDefault && !passed.Contains(p.Key) && !environment.Parameters.ContainsKey(p.Key)))
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

    private const int MaxFunctionName = 64;

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
