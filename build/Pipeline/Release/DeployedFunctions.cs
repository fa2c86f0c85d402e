using Pipeline.Configuration;

namespace Pipeline.Release;

/// <summary>Finds each function of the service in the stack it was deployed by, through the template's outputs.</summary>
public static class DeployedFunctions
{
    /// <summary>Each function with its deployed name; a single function without the FunctionName output is named after the stack.</summary>
    /// <exception cref="ReleaseException">A named function's output is missing: the template and pipeline.json disagree.</exception>
    public static IReadOnlyList<(FunctionConfig Function, string DeployedName)> Resolve(
        ServiceConfig service, string stackName, IReadOnlyDictionary<string, string> outputs)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(outputs);
        return [.. service.Functions.Select(function => (function, outputs.TryGetValue(function.FunctionNameOutput, out var name)
            ? name
            : function.Name.Length == 0
                ? function.DeployedName(stackName)
                : throw new ReleaseException(
                    $"Stack {stackName} has no output '{function.FunctionNameOutput}', so {function.Label} cannot be released. " +
                    $"Add it to the template's Outputs (Value: !Ref <the function's logical id>), or remove the function from service.functions.")))];
    }

    /// <summary>The alarms the template makes for every function, then those pipeline.json names.</summary>
    public static IReadOnlyList<string> Alarms(ServiceConfig service, string stackName, ReleaseConfig release)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(release);
        return [.. service.Functions.SelectMany(f => TemplateAlarms.Names(stackName, f.Name)), .. release.Alarms];
    }
}
