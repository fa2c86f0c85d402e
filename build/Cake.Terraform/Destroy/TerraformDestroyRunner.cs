using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Destroy;

/// <summary><c>destroy [-force] [-var-file "f"] [-var "k=v"]...</c>.</summary>
public class TerraformDestroyRunner : TerraformRunner<TerraformDestroySettings>
{
    public TerraformDestroyRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformDestroySettings settings)
    {
        var builder = new ProcessArgumentBuilder().Append("destroy");
        if (settings.Force)
        {
            builder.Append("-force");
        }

        builder.AppendVariables(settings.InputVariablesFile, settings.InputVariables);
        Run(settings, builder);
    }
}
