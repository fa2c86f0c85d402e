using Cake.Core;
using Cake.Core.IO;

namespace Cake.Terraform;

/// <summary>How the addin renders variables: <c>-var-file "path"</c> and <c>-var "name=value"</c>, nothing masked.</summary>
internal static class VariableArguments
{
    public static void AppendVariables(this ProcessArgumentBuilder builder, string variablesFile, IDictionary<string, string> variables)
    {
        if (!string.IsNullOrWhiteSpace(variablesFile))
        {
            builder.AppendSwitchQuoted("-var-file", variablesFile);
        }

        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            builder.AppendSwitchQuoted("-var", $"{name}={value}");
        }
    }

    /// <summary>Only a false value is rendered, as .NET prints it: <c>-input=False</c>.</summary>
    public static void AppendFalse(this ProcessArgumentBuilder builder, string flag, bool value)
    {
        if (!value)
        {
            builder.AppendSwitch(flag, "=", value.ToString());
        }
    }
}
