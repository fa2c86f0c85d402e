using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Terraform;

/// <summary>Always plans with <c>-detailed-exitcode</c>: 0 means no changes, 2 means changes, anything else failed.</summary>
public class PlanCommand(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformCommand<PlanSettings>(fileSystem, environment, processRunner, tools)
{
    public const int ChangesExitCode = 2;

    public bool HasChanges { get; private set; }

    public bool Run(PlanSettings settings)
    {
        var builder = Begin(settings, "plan");
        builder.Append("-input=false");
        builder.Append("-detailed-exitcode");
        AppendNoColor(builder, settings, captured: settings.Json);
        if (settings.Json)
        {
            builder.Append("-json");
        }

        if (settings.OutFile is not null)
        {
            AppendPath(builder, "-out", settings.OutFile);
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
        if (settings.Json)
        {
            ExecuteEvents(settings, builder, settings.Print ?? System.Console.WriteLine);
        }
        else
        {
            Execute(settings, builder);
        }

        HasChanges = ExitCode == ChangesExitCode;
        return HasChanges;
    }

    protected override bool IsSuccess(int exitCode) => exitCode is 0 or ChangesExitCode;
}
