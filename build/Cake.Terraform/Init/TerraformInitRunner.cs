using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Init;

public class TerraformInitRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformRunner<TerraformInitSettings>(fileSystem, environment, processRunner, tools)
{
    public void Run(TerraformInitSettings settings)
    {
        var builder = Begin(settings, "init");
        builder.Append("-input=false");
        AppendNoColor(builder, settings);
        AppendLocking(builder, settings);
        if (!settings.Backend)
        {
            builder.Append("-backend=false");
        }

        foreach (var file in settings.BackendConfigFiles)
        {
            AppendPath(builder, "-backend-config", file);
        }

        foreach (var (key, value) in settings.BackendConfigOverrides)
        {
            builder.Append("-backend-config");
            AppendPair(builder, key, value);
        }

        if (settings.ForceReconfigure)
        {
            builder.Append("-reconfigure");
        }

        if (settings.ForceCopy)
        {
            builder.Append("-force-copy");
        }

        if (settings.Upgrade)
        {
            builder.Append("-upgrade");
        }

        Execute(settings, builder);
    }
}
