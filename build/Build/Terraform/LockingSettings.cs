namespace Build.Terraform;

/// <summary>Settings of commands that take the state lock.</summary>
public class LockingSettings : TerraformCommandSettings
{
    /// <summary>False renders <c>-lock=false</c>.</summary>
    public bool Lock { get; set; } = true;

    /// <summary>How long Terraform retries a held state lock (<c>-lock-timeout</c>); null keeps Terraform's 0s.</summary>
    public TimeSpan? LockTimeout { get; set; }
}
