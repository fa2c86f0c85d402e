using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Terraform.Plan;

/// <summary>
/// <c>plan -out=path -detailed-exitcode [-parallelism=n] [-destroy] [-var-file "f"] [-var "k=v"]... [-input=False]</c>;
/// exit code 2 sets <see cref="HasChanges"/>, any other non-zero code fails.
/// </summary>
public class TerraformPlanRunner : TerraformRunner<TerraformPlanSettings>
{
    public TerraformPlanRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
    }

    public bool HasChanges { get; private set; }

    public void Run(TerraformPlanSettings settings)
    {
        var builder = new ProcessArgumentBuilder()
            .Append("plan")
            .Append($"-out={settings.OutFile}")
            .Append("-detailed-exitcode");
        if (settings.Parallelism > 0)
        {
            builder.Append($"-parallelism={settings.Parallelism}");
        }

        if (settings.Destroy)
        {
            builder.Append("-destroy");
        }

        if (!string.IsNullOrEmpty(settings.InputVariablesFile))
        {
            builder.AppendSwitchQuoted("-var-file", settings.InputVariablesFile);
        }

        builder.AppendVariables(null, settings.InputVariables);
        builder.AppendFalse("-input", settings.Input);
        Run(settings, builder);
    }

    protected override void ProcessExitCode(int exitCode)
    {
        if (exitCode == 2)
        {
            HasChanges = true;
            return;
        }

        base.ProcessExitCode(exitCode);
    }
}
