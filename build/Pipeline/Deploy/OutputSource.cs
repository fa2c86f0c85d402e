namespace Pipeline.Deploy;

public enum OutputSource
{
    None,

    /// <summary>The stack's declared Outputs.</summary>
    StackOutputs,

    /// <summary>The stack reported no Outputs (moto does not for change-set stacks): logical id → physical id.</summary>
    Resources,
}
