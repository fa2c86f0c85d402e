using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Destroy;

public class TerraformDestroyRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformRunner<TerraformDestroySettings>(fileSystem, environment, processRunner, tools)
{
    public void Run(TerraformDestroySettings settings)
    {
        var builder = Begin(settings, "destroy");
        builder.Append("-input=false");
        AppendNoColor(builder, settings);
        builder.Append("-auto-approve");
        AppendOperation(builder, settings);
        Execute(settings, builder);
    }
}
