using Cake.Core;
using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests.Scenarios;

internal sealed class RecordingLifetime : FrostingLifetime<JournalContext>
{
    public override void Setup(JournalContext context, ISetupContext info)
        => context.Journal.Add($"setup:{info.TargetTask.Name}");

    public override void Teardown(JournalContext context, ITeardownContext info)
        => context.Journal.Add($"teardown:{info.Successful}");
}

internal sealed class RecordingTaskLifetime : FrostingTaskLifetime<JournalContext>
{
    public override void Setup(JournalContext context, ITaskSetupContext info)
        => context.Journal.Add($"task-setup:{info.Task.Name}");

    public override void Teardown(JournalContext context, ITaskTeardownContext info)
        => context.Journal.Add($"task-teardown:{info.Task.Name}");
}

internal sealed class RecordingSetup : FrostingSetup<JournalContext>
{
    public override void Setup(JournalContext context, ISetupContext info) => context.Journal.Add("setup-class");
}

internal sealed class RecordingTeardown : FrostingTeardown<JournalContext>
{
    public override void Teardown(JournalContext context, ITeardownContext info) => context.Journal.Add("teardown-class");
}

internal sealed class RecordingTaskSetup : FrostingTaskSetup<JournalContext>
{
    public override void Setup(JournalContext context, ITaskSetupContext info) => context.Journal.Add($"before:{info.Task.Name}");
}

internal sealed class RecordingTaskTeardown : FrostingTaskTeardown<JournalContext>
{
    public override void Teardown(JournalContext context, ITaskTeardownContext info) => context.Journal.Add($"after:{info.Task.Name}");
}
