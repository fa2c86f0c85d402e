namespace Pipeline.Aws;

/// <summary>The two identities a run uses: the starting one in the infrastructure account, the assumed one in the runtime account.</summary>
public enum AwsIdentity
{
    Infrastructure,
    Runtime,
}
