using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests.Scenarios;

[TaskDescription("Removes old output.")]
internal sealed class Clean : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => context.Journal.Add(nameof(Clean));
}

[IsDependentOn(typeof(Clean))]
[TaskDescription("Compiles the code.")]
internal sealed class Compile : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => context.Journal.Add(nameof(Compile));
}

[IsDependeeOf(typeof(Compile))]
internal sealed class Lint : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => context.Journal.Add(nameof(Lint));
}

[TaskName("Unit-Test")]
[IsDependentOn(typeof(Compile))]
internal sealed class UnitTest : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => context.Journal.Add("Unit-Test");
}

[TaskName("Default")]
[IsDependentOn(typeof(UnitTest))]
internal sealed class ChainDefault : FrostingTask<JournalContext>
{
}

internal static class Chain
{
    public static readonly Type[] Tasks = [typeof(Clean), typeof(Compile), typeof(Lint), typeof(UnitTest), typeof(ChainDefault)];
}
