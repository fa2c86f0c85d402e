using Build.Console;
using Build.Graph;
using Cake.Frosting;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.CodeBuild;
using Pipeline.GitFlow;
using Pipeline.Processes;
using Pipeline.Versioning;

namespace Build;

/// <summary>
/// Reads the command line before the host starts: unknown options and targets are refused with the closest name,
/// --help and --version are answered here, and `Ci` becomes the target the GitFlow policy picks.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = BuildPaths.FindRepositoryRoot(Directory.GetCurrentDirectory());
        var line = CommandLine.Parse(args);
        var codeBuild = CodeBuildProvider.FromProcess();
        var (options, optionErrors) = BuildOptions.Parse(line.Value, codeBuild.IsRunningOnCodeBuild);
        var target = line.Has("help") || line.Has("version") ? null : TargetCatalog.Find(line.Target);
        var errors = line.Errors.Concat(optionErrors).ToList();
        if (target is null && !line.Has("help") && !line.Has("version") && !line.Target.Equals(TargetCatalog.Ci, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(UnknownTarget(line.Target));
        }

        if (errors.Count > 0)
        {
            System.Console.Error.WriteLine(errors.Count == 1
                ? $"Error: {errors[0]}"
                : $"Error: {errors.Count} problems with the command line:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
            return 1;
        }

        if (line.Has("help"))
        {
            System.Console.Out.Write(HelpText.Render());
            return 0;
        }

        if (line.Has("version"))
        {
            System.Console.Out.Write(await VersionText.RenderAsync(root, codeBuild, options.Branch));
            return 0;
        }

        var request = target is not null
            ? new RunRequest(target, options, line.Has("dryrun"))
            : await ResolveCiAsync(root, codeBuild, options, line.Has("dryrun"));
        return new CakeHost()
            .UseContext<BuildContext>()
            .UseLifetime<BuildLifetime>()
            .UseWorkingDirectory(root)
            .ConfigureServices(services => services.AddSingleton(request))
            .Run(line.ForHost(request.TargetName));
    }

    // CodeBuild's variables (or git outside CodeBuild) and the policy decide; no Cake is needed for that.
    private static async Task<RunRequest> ResolveCiAsync(string root, CodeBuildProvider codeBuild, BuildOptions options, bool dryRun)
    {
        var git = await new GitInfoReader(new ProcessRunner()).ReadAsync(root);
        var choice = new GitFlowPolicy().Choose(codeBuild.ToGitFlowInput(options.Branch ?? git.Branch));
        var target = TargetCatalog.For(choice.Target);
        System.Console.Out.WriteLine($"Ci: {choice.Reason} Running --target={TargetCatalog.NameOf(target)}.");
        return new RunRequest(target, options, dryRun) { CiChoice = choice };
    }

    private static string UnknownTarget(string name)
    {
        var targets = TargetCatalog.Targets.Select(TargetCatalog.NameOf).Append(TargetCatalog.Ci).ToList();
        var closest = Pipeline.Configuration.ClosestName.Find(name, targets)
            ?? Pipeline.Configuration.ClosestName.Find(name, TargetCatalog.Tasks.Select(TargetCatalog.NameOf));
        return $"Unknown target '{name}'.{(closest is null ? string.Empty : $" Did you mean --target={closest}?")} " +
            $"The targets are: {string.Join(", ", targets)} (./build.sh --help says what each does).";
    }
}
