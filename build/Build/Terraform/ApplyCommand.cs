using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Terraform;

public class ApplyCommand(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformCommand<ApplySettings>(fileSystem, environment, processRunner, tools)
{
    public void Run(ApplySettings settings)
    {
        var builder = Begin(settings, "apply");
        builder.Append("-input=false");
        AppendNoColor(builder, settings);
        if (settings.Plan is null && settings.AutoApprove)
        {
            builder.Append("-auto-approve");
        }

        if (settings.Destroy)
        {
            builder.Append("-destroy");
        }

        if (settings.RefreshOnly)
        {
            builder.Append("-refresh-only");
        }

        AppendOperation(builder, settings);
        if (settings.Plan is not null)
        {
            builder.Append(TerraformArguments.QuoteIfNeeded(Absolute(settings.Plan)));
        }

        Execute(settings, builder);
    }
}
