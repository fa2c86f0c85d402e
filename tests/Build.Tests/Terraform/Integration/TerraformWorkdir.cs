using Build.Terraform;
using Build.Tests.Terraform.Fakes;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Pipeline.Terraform;

namespace Build.Tests.Terraform.Integration;

/// <summary>
/// A temp directory holding a configuration of built-in <c>terraform_data</c> resources only (no provider download),
/// and a Cake context whose process runner really starts the terraform binary.
/// </summary>
public sealed class TerraformWorkdir : IDisposable
{
    public const string MainTf = """
        variable "name" {
          type    = string
          default = "first"
        }

        variable "db_password" {
          type      = string
          default   = ""
          sensitive = true
        }

        resource "terraform_data" "item" {
          input = var.name
        }

        output "name" {
          value = terraform_data.item.output
        }

        output "password_length" {
          value = nonsensitive(length(var.db_password))
        }

        """;

    private readonly string cliConfig;

    public TerraformWorkdir(string terraform)
    {
        Directory.CreateDirectory(Dir);
        File.WriteAllText(System.IO.Path.Combine(Dir, "main.tf"), MainTf);
        var cliDir = System.IO.Path.Combine(Dir, ".cli");
        cliConfig = TerraformCliConfig.Write(cliDir) ?? WriteEmptyConfig(cliDir);
        Context = FakeCakeContext.Real(new SingleToolLocator(new FilePath(terraform)), Log);
    }

    public string Dir { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tfcake-it-" + Guid.NewGuid().ToString("N"));

    public FakeLog Log { get; } = new();

    public FakeCakeContext Context { get; }

    public string PathOf(string name) => System.IO.Path.Combine(Dir, name);

    /// <summary>Points the settings at this directory (with -chdir) and at the provider-mirror-only CLI config.</summary>
    public T Configure<T>(T settings)
        where T : TerraformCommandSettings
    {
        settings.ChangeDirectory = new DirectoryPath(Dir);
        settings.NoColor = true;
        settings.EnvironmentVariables[TerraformCliConfig.ConfigVariable] = cliConfig;
        return settings;
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    private static string WriteEmptyConfig(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, "empty.rc");
        File.WriteAllText(path, string.Empty);
        return path;
    }

    private sealed class SingleToolLocator(FilePath terraform) : IToolLocator
    {
        public void RegisterFile(FilePath path)
        {
        }

        public FilePath? Resolve(string tool) => tool == "terraform" ? terraform : null;

        public FilePath? Resolve(IEnumerable<string> toolExeNames) => toolExeNames.Select(Resolve).FirstOrDefault(path => path is not null);
    }
}
