using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Terraform;

/// <summary>Returns standard output as is; an unknown output name fails with Terraform's exit code 1.</summary>
public class OutputCommand(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformCommand<OutputSettings>(fileSystem, environment, processRunner, tools)
{
    public string Run(OutputSettings settings)
    {
        var builder = Begin(settings, "output");
        AppendNoColor(builder, settings, captured: true);
        if (settings.StatePath is not null)
        {
            AppendPath(builder, "-state", settings.StatePath);
        }

        if (settings.Raw)
        {
            builder.Append("-raw");
        }
        else if (settings.Json)
        {
            builder.Append("-json");
        }

        if (settings.OutputName is not null)
        {
            builder.Append(TerraformArguments.QuoteIfNeeded(settings.OutputName));
        }

        ExecuteCaptured(settings, builder);
        return string.Join('\n', Output);
    }
}
