using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform;

/// <summary>Finds <c>terraform</c> (<c>terraform.exe</c> on Windows); a non-zero exit code fails with Cake's message.</summary>
public abstract class TerraformRunner<TTerraformSettings> : Tool<TTerraformSettings>
    where TTerraformSettings : TerraformSettings
{
    private readonly ICakePlatform platform;

    protected TerraformRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
        platform = environment.Platform;
    }

    protected override string GetToolName() => "Terraform";

    protected override IEnumerable<string> GetToolExecutableNames() => [platform.IsUnix() ? "terraform" : "terraform.exe"];
}
