using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Terraform;

public class InitCommand(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformCommand<InitSettings>(fileSystem, environment, processRunner, tools)
{
    public void Run(InitSettings settings)
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
