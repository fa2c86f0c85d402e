using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.IO.Arguments;
using Cake.Core.Tooling;
using Pipeline.Terraform;

namespace Build.Terraform;

/// <summary>The build's own Terraform commands, beyond the Cake.Terraform addin: each sub-class renders one command's arguments.</summary>
public abstract class TerraformCommand<TSettings> : Tool<TSettings>
    where TSettings : TerraformCommandSettings
{
    private readonly ICakeEnvironment environment;
    private string command = string.Empty;
    private List<string> lockHolder = [];

    protected TerraformCommand(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
        this.environment = environment;
    }

    /// <summary>The exit code of the last run.</summary>
    public int ExitCode { get; private set; }

    /// <summary>Standard output of the last run, when the command captures it.</summary>
    public IReadOnlyList<string> Output { get; private set; } = [];

    /// <summary>Whether output counts as a terminal; tests replace it.</summary>
    public Func<bool> IsTerminal { get; set; } = () => !System.Console.IsOutputRedirected;

    protected override string GetToolName() => "terraform";

    protected override IEnumerable<string> GetToolExecutableNames() => ["terraform", "terraform.exe"];

    protected override IDictionary<string, string> GetEnvironmentVariables(TSettings settings)
    {
        // TF_INPUT=0 covers the commands that have no -input flag; TF_IN_AUTOMATION drops the "run this next" hints.
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TF_INPUT"] = "0",
            ["TF_IN_AUTOMATION"] = "1",
        };
        foreach (var pair in settings.EnvironmentVariables ?? new Dictionary<string, string>())
        {
            variables[pair.Key] = pair.Value;
        }

        return variables;
    }

    /// <summary>Starts the arguments: <c>-chdir</c> must come before the sub-command words.</summary>
    protected ProcessArgumentBuilder Begin(TSettings settings, params string[] words)
    {
        command = string.Join(' ', words);
        var builder = new ProcessArgumentBuilder();
        if (settings.ChangeDirectory is not null)
        {
            var directory = settings.ChangeDirectory.MakeAbsolute(environment).FullPath;
            builder.Append(TerraformArguments.QuoteIfNeeded("-chdir=" + directory));
        }

        foreach (var word in words)
        {
            builder.Append(word);
        }

        return builder;
    }

    protected void AppendNoColor(ProcessArgumentBuilder builder, TSettings settings, bool captured = false)
    {
        if (captured || (settings.NoColor ?? !IsTerminal()))
        {
            builder.Append("-no-color");
        }
    }

    protected static void AppendLocking(ProcessArgumentBuilder builder, LockingSettings settings)
    {
        if (!settings.Lock)
        {
            builder.Append("-lock=false");
        }

        if (settings.LockTimeout is { } timeout)
        {
            builder.Append("-lock-timeout=" + TerraformArguments.Duration(timeout));
        }
    }

    protected void AppendOperation(ProcessArgumentBuilder builder, OperationSettings settings)
    {
        AppendLocking(builder, settings);
        if (settings.Parallelism > 0)
        {
            builder.Append("-parallelism=" + settings.Parallelism.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var target in settings.Targets)
        {
            builder.Append(TerraformArguments.QuoteIfNeeded("-target=" + target));
        }

        foreach (var file in settings.VariableFiles)
        {
            AppendPath(builder, "-var-file", file);
        }

        foreach (var (name, value) in settings.Variables)
        {
            builder.Append("-var");
            AppendPair(builder, name, value, settings.SensitiveVariables.Contains(name));
        }
    }

    protected static void AppendPair(ProcessArgumentBuilder builder, string name, string value, bool sensitive = false)
    {
        var argument = new TextArgument(TerraformArguments.Quote(name + "=" + value));
        if (sensitive || TerraformArguments.IsSecretName(name))
        {
            builder.AppendSecret(argument);
        }
        else
        {
            builder.Append(argument);
        }
    }

    protected void AppendPath(ProcessArgumentBuilder builder, string flag, FilePath path) =>
        builder.Append(TerraformArguments.QuoteIfNeeded(flag + "=" + Absolute(path)));

    protected string Absolute(FilePath path) => path.MakeAbsolute(environment).FullPath;

    /// <summary>Runs Terraform with its output on the console.</summary>
    protected void Execute(TSettings settings, ProcessArgumentBuilder arguments) =>
        Run(settings, arguments, WithErrorsKept(new ProcessSettings()), process => ExitCode = process.GetExitCode());

    /// <summary>
    /// Runs Terraform and keeps its standard output in <see cref="Output"/>. The handler swallows each line because
    /// Cake otherwise echoes redirected output into its log, and <c>output -json</c> holds sensitive values.
    /// </summary>
    protected void ExecuteCaptured(TSettings settings, ProcessArgumentBuilder arguments) => ExecuteCaptured(settings, arguments, each: null);

    /// <summary>
    /// Runs a command that prints one JSON event a line (<c>-json</c>): keeps the events in <see cref="Output"/> and
    /// hands how each reads to <paramref name="print"/>. A lock error arrives as an event, so its holder is kept here too.
    /// </summary>
    protected void ExecuteEvents(TSettings settings, ProcessArgumentBuilder arguments, Action<string> print) =>
        ExecuteCaptured(settings, arguments, line =>
        {
            foreach (var text in TerraformPlanEvents.Render(line))
            {
                KeepLockHolder(text);
                print(text);
            }
        });

    private void ExecuteCaptured(TSettings settings, ProcessArgumentBuilder arguments, Action<string>? each)
    {
        var lines = new List<string>();
        var capture = WithErrorsKept(new ProcessSettings
        {
            RedirectStandardOutput = true,
            RedirectedStandardOutputHandler = line =>
            {
                if (line is not null)
                {
                    lock (lines)
                    {
                        lines.Add(line);
                    }

                    each?.Invoke(line);
                }

                return null!;
            },
        });
        Run(settings, arguments, capture, process => ExitCode = process.GetExitCode());
        Output = lines;
    }

    // Standard error still reaches the console; the lock lines are kept so a failure can name who holds the lock.
    private ProcessSettings WithErrorsKept(ProcessSettings settings)
    {
        lockHolder = [];
        settings.RedirectStandardError = true;
        settings.RedirectedStandardErrorHandler = line =>
        {
            if (line is not null)
            {
                System.Console.Error.WriteLine(line);
                KeepLockHolder(line);
            }

            return null!;
        };
        return settings;
    }

    private void KeepLockHolder(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith("ID:", StringComparison.Ordinal) || trimmed.StartsWith("Who:", StringComparison.Ordinal)
            || trimmed.StartsWith("Operation:", StringComparison.Ordinal) || trimmed.StartsWith("Created:", StringComparison.Ordinal))
        {
            lock (lockHolder)
            {
                lockHolder.Add(trimmed);
            }
        }
    }

    /// <summary>Exit codes that mean success; plan and fmt -check add their own.</summary>
    protected virtual bool IsSuccess(int exitCode) => exitCode == 0;

    protected override void ProcessExitCode(int exitCode)
    {
        if (!IsSuccess(exitCode) && lockHolder.Count > 0)
        {
            throw new CakeException(
                exitCode,
                $"terraform {command} could not take the state lock, held by another run ({string.Join(", ", lockHolder)}). " +
                "Wait for that run to finish, or if it died, release the lock with: terraform force-unlock <ID>.");
        }

        if (!IsSuccess(exitCode))
        {
            throw new CakeException(
                exitCode,
                $"terraform {command} failed with exit code {exitCode}. Terraform printed the reason above; " +
                "fix the configuration, credentials or state lock it names and run the build again.");
        }
    }
}
