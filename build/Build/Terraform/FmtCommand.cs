using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Terraform;

/// <summary>
/// Returns true when every file was already formatted. Terraform lists each file it would change (with -check)
/// or changed (without) on standard output, kept in <see cref="TerraformCommand{TSettings}.Output"/>.
/// </summary>
public class FmtCommand(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : TerraformCommand<FmtSettings>(fileSystem, environment, processRunner, tools)
{
    public const int UnformattedExitCode = 3;

    public bool Run(FmtSettings settings)
    {
        var builder = Begin(settings, "fmt");
        AppendNoColor(builder, settings, captured: true);
        if (settings.Check)
        {
            builder.Append("-check");
        }

        if (settings.Recursive)
        {
            builder.Append("-recursive");
        }

        if (settings.Diff)
        {
            builder.Append("-diff");
        }

        foreach (var target in settings.Targets)
        {
            builder.Append(TerraformArguments.QuoteIfNeeded(target));
        }

        ExecuteCaptured(settings, builder);
        return ExitCode == 0 && !Output.Any(line => line.Length > 0);
    }

    protected override bool IsSuccess(int exitCode) => exitCode is 0 or UnformattedExitCode;
}
