using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.EnvSelect;

/// <summary><c>workspace select name</c> (or <c>env select name</c>).</summary>
public class TerraformEnvSelectRunner : TerraformRunner<TerraformEnvSelectSettings>
{
    public TerraformEnvSelectRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformEnvSelectSettings settings)
    {
        if (string.IsNullOrEmpty(settings.Environment))
        {
            throw new ArgumentException(nameof(settings.Environment));
        }

        Run(settings, new ProcessArgumentBuilder().Append(settings.CommandWord).Append("select").Append(settings.Environment));
    }
}
