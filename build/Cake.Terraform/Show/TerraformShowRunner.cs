using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Show;

/// <summary><c>show path [-no-color]</c>; with an out file, standard output is written there, formatted, instead of the console.</summary>
public class TerraformShowRunner : TerraformRunner<TerraformShowSettings>
{
    public TerraformShowRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public void Run(TerraformShowSettings settings)
    {
        if (settings.PlanFile == null)
        {
            throw new ArgumentNullException(nameof(settings.PlanFile));
        }

        var builder = new ProcessArgumentBuilder().Append("show").Append(settings.PlanFile.FullPath);
        if (settings.OutputFormat == OutputFormat.PlainText)
        {
            builder.Append("-no-color");
        }

        var process = new ProcessSettings { RedirectStandardOutput = settings.OutFile != null };
        Run(settings, builder, process, result =>
        {
            if (settings.OutFile != null)
            {
                File.WriteAllText(settings.OutFile.FullPath, ShowFormatter.Format(settings.OutputFormat, result.GetStandardOutput()));
            }
        });
    }
}
