using System.Text;
using Build.Graph;

namespace Build.Console;

/// <summary>./build.sh --help: the targets, one line each, and every option the build reads.</summary>
public static class HelpText
{
    public static string Render()
    {
        var text = new StringBuilder("Usage: ./build.sh [--target=NAME] [options]   (build.ps1 on Windows)\n\nTargets:\n");
        var targets = TargetCatalog.Targets.Select(target => (TargetCatalog.NameOf(target), FirstSentence(TargetCatalog.DescriptionOf(target))))
            .Append((TargetCatalog.Ci, "CodeBuild's entry point: runs the target the GitFlow policy picks for the webhook event (PullRequest, DeployPreprod or DeployProd)."))
            .ToList();
        Rows(text, targets);
        text.Append("\nThis build's options:\n");
        Rows(text, CommandOption.Build.Select(option => ($"--{option.Name}{(option.TakesValue ? "=VALUE" : string.Empty)}", option.Help)).ToList());
        text.Append("\nCake's options:\n");
        Rows(text, CommandOption.Frosting.Select(option => (option.Usage, option.Help)).ToList());
        return text.Append("\nEvery internal task can be a target too; ./build.sh --description lists them.\n").ToString();
    }

    private static void Rows(StringBuilder text, IReadOnlyList<(string Name, string Help)> rows)
    {
        var width = rows.Max(row => row.Name.Length);
        foreach (var (name, help) in rows)
        {
            text.Append($"  {name.PadRight(width)}  {help}\n");
        }
    }

    private static string FirstSentence(string description)
    {
        var end = description.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? description : description[..(end + 1)];
    }
}
