using System.Globalization;
using System.Text;

namespace Build.Terraform;

/// <summary>
/// Quoting and masking rules. .NET splits a process's argument string with the Windows rules on every OS,
/// so quotes are doubled-quote style with backslash escapes; single quotes would reach Terraform literally.
/// </summary>
public static class TerraformArguments
{
    private static readonly string[] SecretSuffixes = ["password", "secret", "token", "key"];

    public static bool IsSecretName(string name) =>
        SecretSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Wraps <paramref name="value"/> in double quotes so it reaches the process as one argument, unchanged.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in value)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            text.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            text.Append(c);
            backslashes = 0;
        }

        return text.Append('\\', backslashes * 2).Append('"').ToString();
    }

    public static string QuoteIfNeeded(string value) =>
        value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || c == '"') ? value : Quote(value);

    /// <summary>A Go duration Terraform understands: whole seconds as "90s", anything finer as milliseconds.</summary>
    public static string Duration(TimeSpan value)
    {
        var milliseconds = (long)value.TotalMilliseconds;
        return milliseconds % 1000 == 0
            ? (milliseconds / 1000).ToString(CultureInfo.InvariantCulture) + "s"
            : milliseconds.ToString(CultureInfo.InvariantCulture) + "ms";
    }
}
