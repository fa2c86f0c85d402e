namespace Pipeline.Terraform;

/// <summary>The Terraform outputs a step needs are missing or malformed; the message says how to fix it.</summary>
public sealed class TerraformOutputsException : Exception
{
    public TerraformOutputsException(string message)
        : base(message)
    {
    }

    public TerraformOutputsException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
