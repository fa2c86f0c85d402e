using System.ComponentModel;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Cake.Frosting.Internal;

internal sealed class DefaultCommandSettings : CommandSettings
{
    [CommandOption("--target|-t|--Target <TARGET>")]
    [DefaultValue("Default")]
    [Description("Target task to invoke.")]
    public string[] Targets { get; set; } = ["Default"];

    [CommandOption("--working|-w <PATH>")]
    [TypeConverter(typeof(Cli.DirectoryPathConverter))]
    [Description("Sets the working directory.")]
    public DirectoryPath? WorkingDirectory { get; set; }

    [CommandOption("--verbosity|-v <VERBOSITY>")]
    [Description("Specifies the amount of information to be displayed.\n(Quiet, Minimal, Normal, Verbose, Diagnostic)")]
    public string? VerbosityName { get; set; }

    public Verbosity? Verbosity
        => VerbosityName is not null && VerbosityParser.TryParse(VerbosityName, out var verbosity) ? verbosity : null;

    [CommandOption("--description|--descriptions|--showdescription|--showdescriptions")]
    [Description("Shows description for each task.")]
    public bool Description { get; set; }

    [CommandOption("--tree|--showtree")]
    [Description("Shows the task dependency tree.")]
    public bool Tree { get; set; }

    [CommandOption("--dryrun|--noop|--whatif")]
    [Description("Performs a dry run.")]
    public bool DryRun { get; set; }

    [CommandOption("--exclusive|-e")]
    [Description("Executes the target task without any dependencies.")]
    public bool Exclusive { get; set; }

    [CommandOption("--version|--ver")]
    [Description("Displays version information.")]
    public bool Version { get; set; }

    [CommandOption("--info")]
    [Description("Displays additional information about Cake.")]
    public bool Info { get; set; }

    public override ValidationResult Validate()
        => VerbosityName is null || Verbosity is not null
            ? ValidationResult.Success()
            : ValidationResult.Error($"Unknown verbosity '{VerbosityName}'. Use quiet, minimal, normal, verbose or diagnostic.");
}
