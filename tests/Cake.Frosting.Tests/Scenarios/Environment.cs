using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests.Scenarios;

[TaskName("Default")]
internal sealed class ReportsWorkingDirectory : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context)
        => context.Journal.Add(context.Environment.WorkingDirectory.FullPath);
}
