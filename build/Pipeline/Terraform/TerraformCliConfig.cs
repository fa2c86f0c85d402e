namespace Pipeline.Terraform;

/// <summary>
/// Writes a Terraform CLI config that installs providers only from a local filesystem mirror, so no run
/// downloads a provider. Without a mirror nothing is written and Terraform keeps its own defaults.
/// </summary>
public static class TerraformCliConfig
{
    public const string DefaultMirror = "/opt/tf-plugins";
    public const string MirrorVariable = "TF_PROVIDER_MIRROR";
    public const string ConfigVariable = "TF_CLI_CONFIG_FILE";

    /// <summary>The mirror to use: the given setting, else $TF_PROVIDER_MIRROR, else the machine image's default.</summary>
    public static string? FindMirror(string? setting = null)
    {
        var candidate = setting ?? Environment.GetEnvironmentVariable(MirrorVariable) ?? DefaultMirror;
        return Directory.Exists(Path.Combine(candidate, "registry.terraform.io")) ? Path.GetFullPath(candidate) : null;
    }

    public static string Render(string mirror) =>
        $$"""
        provider_installation {
          filesystem_mirror {
            path    = "{{mirror.Replace("\\", "/", StringComparison.Ordinal)}}"
            include = ["registry.terraform.io/*/*"]
          }
          direct {
            exclude = ["registry.terraform.io/*/*"]
          }
        }
        """ + "\n";

    /// <summary>Writes the config under <paramref name="directory"/> and returns its path, or null without a mirror.</summary>
    public static string? Write(string directory, string? mirrorSetting = null)
    {
        var mirror = FindMirror(mirrorSetting);
        if (mirror is null)
        {
            return null;
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "terraform.rc");
        var text = Render(mirror);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }

        return Path.GetFullPath(path);
    }
}
