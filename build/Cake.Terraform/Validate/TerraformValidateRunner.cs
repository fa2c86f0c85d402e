using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Validate;

public class TerraformValidateRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformRunner<TerraformValidateSettings>(fileSystem, environment, processRunner, tools)
{
    public void Run(TerraformValidateSettings settings)
    {
        var builder = Begin(settings, "validate");
        AppendNoColor(builder, settings);
        Execute(settings, builder);
    }
}
