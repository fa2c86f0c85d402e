using Cake.Common.Diagnostics;
using Cake.Frosting;
using Build.Graph;
using Pipeline.GitFlow;

namespace Build.Tasks.Targets;

[TaskName(nameof(Graph))]
[TaskDescription("Prints the pipeline graph per GitFlow event as Mermaid and writes it to docs/pipeline.md.")]
public sealed class Graph : FrostingTask<BuildContext>
{
    public static string DocumentPath(BuildContext context) => Path.Combine(context.Paths.Root, "docs", "pipeline.md");

    public override void Run(BuildContext context)
    {
        var diagram = PipelineDiagram.Render(TaskGraph.FromAssembly(typeof(Graph).Assembly), new GitFlowPolicy());
        context.Information(diagram);
        Directory.CreateDirectory(Path.GetDirectoryName(DocumentPath(context))!);
        File.WriteAllText(DocumentPath(context), diagram);
        var readme = Path.Combine(context.Paths.Root, "README.md");
        File.WriteAllText(readme, PipelineDiagram.EmbedIn(File.ReadAllText(readme), new GitFlowPolicy()));
        context.Information($"Wrote {DocumentPath(context)} and the chart in {readme}");
    }
}
