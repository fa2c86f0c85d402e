using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Apply;

/// <summary><c>apply [-destroy] [-auto-approve] ["plan"] [-parallelism=n] [-var-file "f"] [-var "k=v"]... [-input=False]</c>.</summary>
public class TerraformApplyRunner : TerraformRunner<TerraformApplySettings>
{
    public TerraformApplyRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformApplySettings settings)
    {
        var builder = new ProcessArgumentBuilder().Append("apply");
        if (settings.Destroy)
        {
            builder.Append("-destroy");
        }

        // Terraform reads flags only before the plan path.
        if (settings.AutoApprove)
        {
            builder.Append("-auto-approve");
        }

        if (settings.Plan != null)
        {
            builder.AppendQuoted(settings.Plan.FullPath);
        }

        if (settings.Parallelism != 0)
        {
            builder.AppendSwitch("-parallelism", "=", settings.Parallelism.ToString(CultureInfo.CurrentCulture));
        }

        builder.AppendVariables(settings.InputVariablesFile, settings.InputVariables);
        builder.AppendFalse("-input", settings.Input);
        Run(settings, builder);
    }
}
