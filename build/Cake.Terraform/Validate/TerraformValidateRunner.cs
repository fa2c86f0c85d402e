using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Validate;

/// <summary><c>validate</c>, in the settings' working directory; it needs an init first.</summary>
public class TerraformValidateRunner : TerraformRunner<TerraformValidateSettings>
{
    public TerraformValidateRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformValidateSettings settings) => Run(settings, new ProcessArgumentBuilder().Append("validate"));
}
