using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Output;

/// <summary><c>output -no-color [-state=path] [-raw|-json] [name]</c>; returns standard output, lines joined by <c>\n</c>.</summary>
public class TerraformOutputRunner : TerraformRunner<TerraformOutputSettings>
{
    private const string NotFound =
        "The output variable requested could not be found in the state file. If you recently added this to your " +
        "configuration, be sure to run `terraform apply`, since the state won't be updated with new output variables " +
        "until that command is run.";

    public TerraformOutputRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public string Run(TerraformOutputSettings settings)
    {
        var builder = new ProcessArgumentBuilder().Append("output").Append("-no-color");
        if (settings.StatePath != null)
        {
            builder.Append($"-state={settings.StatePath}");
        }

        if (settings.Raw)
        {
            builder.Append("-raw");
        }
        else if (settings.Json)
        {
            builder.Append("-json");
        }

        if (settings.OutputName != null)
        {
            builder.Append(settings.OutputName);
        }

        string output = null;
        Run(settings, builder, new ProcessSettings { RedirectStandardOutput = true }, process =>
            output = string.Join("\n", process.GetStandardOutput()));
        if (settings.ValidateToolOutput && Squeezed(output) == Squeezed(NotFound))
        {
            throw new ArgumentException(output);
        }

        return output;
    }

    private static string Squeezed(string text) =>
        text?.Replace("\n", string.Empty).Replace("\r", string.Empty).Replace(" ", string.Empty);
}
