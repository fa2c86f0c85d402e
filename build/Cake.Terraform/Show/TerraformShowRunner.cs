using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Show;

public class TerraformShowRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformRunner<TerraformShowSettings>(fileSystem, environment, processRunner, tools)
{
    public string Run(TerraformShowSettings settings)
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
