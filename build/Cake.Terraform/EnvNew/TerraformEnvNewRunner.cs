using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.EnvNew;

/// <summary><c>workspace new name</c> (or <c>env new name</c>).</summary>
public class TerraformEnvNewRunner : TerraformRunner<TerraformEnvNewSettings>
{
    public TerraformEnvNewRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformEnvNewSettings settings)
    {
        if (string.IsNullOrEmpty(settings.Environment))
        {
            throw new ArgumentException(nameof(settings.Environment));
        }

        Run(settings, new ProcessArgumentBuilder().Append(settings.CommandWord).Append("new").Append(settings.Environment));
    }
}
