namespace Cake.Terraform;

/// <summary>Settings of the workspace commands; <c>env</c> is the name Terraform used before 0.10.</summary>
public class TerraformEnvSettings : TerraformSettings
{
    public enum EnvCommandType
    {
        Workspace,
        Env,
    }

    public EnvCommandType EnvCommand { get; set; } = EnvCommandType.Workspace;

    /// <summary>The sub-command word: <c>workspace</c> or <c>env</c>.</summary>
    internal string CommandWord => EnvCommand == EnvCommandType.Env ? "env" : "workspace";
}
