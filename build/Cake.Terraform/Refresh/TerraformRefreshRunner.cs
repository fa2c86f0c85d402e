using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Refresh;

/// <summary><c>refresh [plan] [-var-file "f"]... [-var "k=v"]...</c>.</summary>
public class TerraformRefreshRunner : TerraformRunner<TerraformRefreshSettings>
{
    public TerraformRefreshRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformRefreshSettings settings)
    {
        var builder = new ProcessArgumentBuilder().Append("refresh");
        if (settings.Plan != null)
        {
            builder.Append(settings.Plan.FullPath);
        }

        foreach (var file in settings.InputVariablesFiles)
        {
            builder.AppendSwitchQuoted("-var-file", file);
        }

#pragma warning disable CS0618 // The obsolete single file still renders, after the list.
        var single = settings.InputVariablesFile;
#pragma warning restore CS0618
        if (!string.IsNullOrEmpty(single))
        {
            builder.AppendSwitchQuoted("-var-file", single);
        }

        builder.AppendVariables(null, settings.InputVariables);
        Run(settings, builder);
    }
}
