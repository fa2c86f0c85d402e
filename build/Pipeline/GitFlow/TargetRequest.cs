namespace Pipeline.GitFlow;

/// <summary>A target asked for on the command line, with the flags that guard it.</summary>
/// <param name="RealAws">True when the run reaches real AWS accounts rather than the local emulator.</param>
/// <param name="Confirmed">True when the user passed the explicit confirm flag.</param>
/// <param name="ProtectedEnvironment">For DestroyEnvironment: the environment is production (or asks for confirmation).</param>
public sealed record TargetRequest(PipelineTarget Target, bool RealAws = false, bool Confirmed = false, bool ProtectedEnvironment = false);
