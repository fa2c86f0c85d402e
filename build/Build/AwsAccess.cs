using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Build;

/// <summary>How this run reaches AWS: the emulator (with --aws=local), the starting identity and the runtime role.</summary>
public sealed class AwsAccess
{
    private readonly Slot<AwsSession> infrastructure = new("The infrastructure account's session", "the SignIn task");
    private readonly Slot<AssumedRole> runtime = new("The runtime account's role", "the AssumeRuntimeRole task");

    /// <summary>The emulator this run started (StartLocalAws); null against real AWS or an emulator it did not start.</summary>
    public MotoServer? Emulator { get; set; }

    /// <summary>An emulator an earlier run kept (--keep-local-aws) that this run reuses and leaves running.</summary>
    public KeptEmulator? KeptEmulator { get; set; }

    /// <summary>Region and endpoint the SDK and Terraform use; set by StartLocalAws or SignIn.</summary>
    public AwsTarget? Target { get; set; }

    /// <summary>The starting identity in the infrastructure account.</summary>
    public AwsSession Infrastructure { get => infrastructure.Value; set => infrastructure.Value = value; }

    /// <summary>The deploy role assumed in the runtime account.</summary>
    public AssumedRole Runtime { get => runtime.Value; set => runtime.Value = value; }
}
