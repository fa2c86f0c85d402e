using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting.Tests.Support;

namespace Cake.Frosting.Tests.Scenarios;

internal sealed class Skipped : FrostingTask<JournalContext>
{
    public override bool ShouldRun(JournalContext context) => false;

    public override void Run(JournalContext context) => context.Journal.Add(nameof(Skipped));
}

[TaskName("Default")]
[IsDependentOn(typeof(Skipped))]
internal sealed class AfterSkipped : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context) => context.Journal.Add(nameof(AfterSkipped));
}

[TaskName("Default")]
internal sealed class Waiting : AsyncFrostingTask<JournalContext>
{
    public override async Task RunAsync(JournalContext context)
    {
        await Task.Delay(10);
        context.Journal.Add("async-done");
    }
}

[TaskName("Default")]
internal sealed class ReadsArguments : FrostingTask<JournalContext>
{
    public override void Run(JournalContext context)
    {
        context.Journal.Add($"foo={context.Argument("foo", "none")}");
        context.Journal.Add($"color={context.Argument("color", "none")}");
        context.Journal.Add($"flag={context.HasArgument("flag")}");
    }
}

[TaskName("Default")]
internal sealed class Chatty : FrostingTask<ICakeContext>
{
    public override void Run(ICakeContext context)
    {
        context.Log.Information("info-line");
        context.Log.Debug("debug-line");
    }
}

internal sealed class Greeting
{
    public string Text => "hello from the container";
}

[TaskName("Default")]
internal sealed class UsesServices : FrostingTask<JournalContext>
{
    private readonly Greeting greeting;

    public UsesServices(Greeting greeting)
    {
        this.greeting = greeting;
    }

    public override void Run(JournalContext context)
    {
        context.Journal.Add(greeting.Text);
        context.Journal.Add(context.GetType().Name);
    }
}

internal sealed class SkippedWithReason : FrostingTask<JournalContext>, IFrostingTask
{
    string IFrostingTask.SkippedMessage => "no AWS account configured";

    public override bool ShouldRun(JournalContext context) => false;
}

[TaskName("Default")]
[IsDependentOn(typeof(SkippedWithReason))]
internal sealed class AfterSkippedWithReason : FrostingTask<JournalContext>
{
}
