using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Terraform;

public class ShowCommand(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformCommand<ShowSettings>(fileSystem, environment, processRunner, tools)
{
    public string Run(ShowSettings settings)
    {
        var builder = Begin(settings, "show");
        AppendNoColor(builder, settings, captured: true);
        if (settings.Json)
        {
            builder.Append("-json");
        }

        if (settings.PlanFile is not null)
        {
            builder.Append(TerraformArguments.QuoteIfNeeded(Absolute(settings.PlanFile)));
        }

        ExecuteCaptured(settings, builder);
        return string.Join('\n', Output);
    }
}
