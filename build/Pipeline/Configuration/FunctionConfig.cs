namespace Pipeline.Configuration;

/// <summary>
/// One Lambda function of the service: its handler in the service's package and what the template calls it. The
/// single-function form (service.handler) has the empty name, so its parameters and output keep their plain names
/// (Handler, MemorySize, Timeout, FunctionName); a named one's carry the name as a prefix (ApiHandler, ApiFunctionName).
/// </summary>
public sealed record FunctionConfig(string Name, string Handler, int MemorySize, int TimeoutSeconds)
{
    /// <summary>A sample event (JSON file) the package smoke test feeds this handler; null feeds <c>{}</c>.</summary>
    public string? SmokeEvent { get; init; }

    public string HandlerParameter => Name + "Handler";

    public string MemorySizeParameter => Name + "MemorySize";

    public string TimeoutParameter => Name + "Timeout";

    /// <summary>The stack output that holds the deployed function's name.</summary>
    public string FunctionNameOutput => Name + "FunctionName";

    /// <summary>
    /// The name the template gives the deployed function: the stack's name, or &lt;stack&gt;-&lt;name in lowercase&gt;. It
    /// starts with the stack's name so the deploy role's function:&lt;stackPrefix&gt;* grant covers it, and Rollback finds
    /// it without reading the stack.
    /// </summary>
    public string DeployedName(string stackName) => Name.Length == 0 ? stackName : $"{stackName}-{Name.ToLowerInvariant()}";

    /// <summary>What the template writes as the function's FunctionName.</summary>
    public string TemplateFunctionName => Name.Length == 0 ? "!Ref AWS::StackName" : $"!Sub ${{AWS::StackName}}-{Name.ToLowerInvariant()}";

    /// <summary>How logs and errors name it: the logical name, or "the function" for the single-function form.</summary>
    public string Label => Name.Length == 0 ? "the function" : $"function '{Name}'";

    /// <summary>The key path of this function in pipeline.json, for error messages.</summary>
    public string KeyPath => Name.Length == 0 ? "service" : $"service.functions.{Name}";
}
