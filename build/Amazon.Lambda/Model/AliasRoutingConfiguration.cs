namespace Amazon.Lambda.Model;

/// <summary>A second version and the share of invocations (0.0 to 1.0) it receives through the alias.</summary>
public class AliasRoutingConfiguration
{
    public Dictionary<string, double>? AdditionalVersionWeights { get; set; }
}
