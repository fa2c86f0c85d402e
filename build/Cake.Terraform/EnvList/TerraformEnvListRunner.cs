using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.EnvList;

/// <summary><c>workspace list</c>; returns the names, the current one's <c>*</c> removed.</summary>
public class TerraformEnvListRunner : TerraformRunner<TerraformEnvListSettings>
{
    public TerraformEnvListRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public List<string> Run(TerraformEnvListSettings settings)
    {
        var names = new List<string>();
        var builder = new ProcessArgumentBuilder().Append(settings.CommandWord).Append("list");
        Run(settings, builder, new ProcessSettings { RedirectStandardOutput = true }, process =>
            names = process.GetStandardOutput()
                .Select(line => line.Replace("*", string.Empty).Trim())
                .Where(name => !string.IsNullOrWhiteSpace(name))
                .ToList());
        return names;
    }
}
