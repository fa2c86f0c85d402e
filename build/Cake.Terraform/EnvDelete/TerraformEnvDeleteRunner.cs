using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.EnvDelete;

/// <summary><c>workspace delete [-force]</c>: as in the addin, without the workspace name, so Terraform refuses it.</summary>
public class TerraformEnvDeleteRunner : TerraformRunner<TerraformEnvDeleteSettings>
{
    public TerraformEnvDeleteRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformEnvDeleteSettings settings)
    {
        var builder = new ProcessArgumentBuilder().Append(settings.CommandWord).Append("delete");
        if (settings.Force)
        {
            builder.Append("-force");
        }

        Run(settings, builder);
    }
}
