using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests.Scenarios;

[TaskName("Default")]
internal sealed class Throwing : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => throw new InvalidOperationException("deploy bucket is missing");

    public override void Finally(JournalContext context) => context.Journal.Add("finally");
}

// Cake semantics: an OnError handler that returns normally has handled the error.
[TaskName("Default")]
internal sealed class Handled : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => throw new InvalidOperationException("handled failure");

    public override void OnError(Exception exception, JournalContext context)
        => context.Journal.Add($"on-error:{exception.Message}");

    public override void Finally(JournalContext context) => context.Journal.Add("finally");
}

[TaskName("Default")]
internal sealed class Rethrowing : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => throw new InvalidOperationException("stack update failed");

    public override void OnError(Exception exception, JournalContext context)
    {
        context.Journal.Add($"on-error:{exception.Message}");
        throw new InvalidOperationException($"Rolled back: {exception.Message}", exception);
    }

    public override void Finally(JournalContext context) => context.Journal.Add("finally");
}

[ContinueOnError]
internal sealed class Flaky : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => throw new InvalidOperationException("flaky failed");
}

[TaskName("Default")]
[IsDependentOn(typeof(Flaky))]
internal sealed class AfterFlaky : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => context.Journal.Add(nameof(AfterFlaky));
}

[TaskName("Default")]
internal sealed class FailsWithExitCode : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => throw new Cake.Core.CakeException(3, "terraform said 3");
}

[ContinueOnError]
internal class ContinuesOnError : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => throw new InvalidOperationException("base failed");
}

[TaskName("Default")]
internal sealed class InheritsContinueOnError : ContinuesOnError
{
}
