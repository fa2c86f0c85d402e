using Cake.Core.Tooling;

namespace Cake.Terraform;

/// <summary>Base of every command's settings; the working directory, tool path and environment come from <see cref="ToolSettings"/>.</summary>
public abstract class TerraformSettings : ToolSettings
{
}
