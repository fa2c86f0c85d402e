using Cake.Core.IO;

namespace Cake.Terraform.Refresh;

public class TerraformRefreshSettings : TerraformSettings
{
    /// <summary>Rendered, unquoted, right after <c>refresh</c>.</summary>
    public FilePath Plan { get; set; }

    /// <summary>Each renders <c>-var "name=value"</c>.</summary>
    public Dictionary<string, string> InputVariables { get; set; }

    [Obsolete("use InputVariablesFiles instead.")]
    public string InputVariablesFile { get; set; }

    /// <summary>Each renders <c>-var-file "path"</c>, before <see cref="InputVariablesFile"/>.</summary>
    public ICollection<string> InputVariablesFiles { get; } = new List<string>();
}
