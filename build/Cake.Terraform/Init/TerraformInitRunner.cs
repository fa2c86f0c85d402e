using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Init;

/// <summary><c>init [-backend-config "k=v"]... [-force-copy] [-reconfigure] [-input=False] [-backend=False]</c>.</summary>
public class TerraformInitRunner : TerraformRunner<TerraformInitSettings>
{
    public TerraformInitRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformInitSettings settings)
    {
        var builder = new ProcessArgumentBuilder().Append("init");
        foreach (var (key, value) in settings.BackendConfigOverrides ?? new Dictionary<string, string>())
        {
            builder.AppendSwitchQuoted("-backend-config", $"{key}={value}");
        }

        if (settings.ForceCopy)
        {
            builder.Append("-force-copy");
        }

        if (settings.ForceReconfigure)
        {
            builder.Append("-reconfigure");
        }

        builder.AppendFalse("-input", settings.Input);
        builder.AppendFalse("-backend", settings.Backend);
        Run(settings, builder);
    }
}
