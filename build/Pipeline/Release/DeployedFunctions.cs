using Pipeline.Configuration;

namespace Pipeline.Release;

/// <summary>Finds each function of the service in the stack it was deployed by, through the template's outputs.</summary>
public static class DeployedFunctions
{
    /// <summary>
    /// Each function with its deployed name: the stack's output when it reports one, else the name the template
    /// contract fixes (moto reports no outputs, and an unchanged stack reports none).
    /// </summary>
    public static IReadOnlyList<(FunctionConfig Function, string DeployedName)> Resolve(
        ServiceConfig service, string stackName, IReadOnlyDictionary<string, string> outputs)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(outputs);
        return [.. service.Functions.Select(f => (f, outputs.GetValueOrDefault(f.FunctionNameOutput) ?? f.DeployedName(stackName)))];
    }

    /// <summary>The alarms the template makes for every function, then those pipeline.json names.</summary>
    public static IReadOnlyList<string> Alarms(ServiceConfig service, string stackName, ReleaseConfig release)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(release);
        return [.. service.Functions.SelectMany(f => TemplateAlarms.Names(stackName, f.Name)), .. release.Alarms];
    }
}
