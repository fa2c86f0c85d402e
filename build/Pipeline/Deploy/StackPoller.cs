using Amazon.CloudFormation;
using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>Polls with growing pauses until a condition holds, the stack disappears, or the bound passes.</summary>
internal sealed class StackPoller(IAmazonCloudFormation cloudFormation, IDeployClock clock, StackDeployerOptions options)
{
    /// <returns>The last stack seen (null once it no longer exists) and whether the condition was met in time.</returns>
    public async Task<(Stack? Stack, bool Done)> WaitForStackAsync(
        string stackNameOrId, Func<Stack?, bool> done, TimeSpan bound, StackEventStream? events, CancellationToken cancel)
    {
        var deadline = clock.UtcNow + bound;
        var pause = options.FirstPoll;
        while (true)
        {
            var stack = await StackLookup.FindAsync(cloudFormation, stackNameOrId, cancel).ConfigureAwait(false);
            if (events is not null)
            {
                await events.PumpAsync(cancel).ConfigureAwait(false);
            }

            if (done(stack))
            {
                return (stack, true);
            }

            if (clock.UtcNow >= deadline)
            {
                return (stack, false);
            }

            await clock.DelayAsync(pause, cancel).ConfigureAwait(false);
            pause = Next(pause);
        }
    }

    public async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan bound, CancellationToken cancel)
    {
        var deadline = clock.UtcNow + bound;
        var pause = options.FirstPoll;
        while (true)
        {
            var value = await read().ConfigureAwait(false);
            if (done(value) || clock.UtcNow >= deadline)
            {
                return value;
            }

            await clock.DelayAsync(pause, cancel).ConfigureAwait(false);
            pause = Next(pause);
        }
    }

    private TimeSpan Next(TimeSpan pause) =>
        TimeSpan.FromTicks(Math.Min((long)(pause.Ticks * options.Backoff), options.MaxPoll.Ticks));
}
