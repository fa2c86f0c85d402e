namespace Build;

/// <summary>Where AWS calls go: the local emulator (moto) or the accounts the pipeline file names.</summary>
public enum AwsMode
{
    Local,
    Real,
}
