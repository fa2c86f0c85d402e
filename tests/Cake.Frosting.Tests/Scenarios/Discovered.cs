using Cake.Core;

namespace Cake.Frosting.Tests.Scenarios;

// Public on purpose: the discovery test scans this assembly; every other scenario task is internal.
[TaskDescription("Found by scanning.")]
public sealed class DiscoveredCompile : FrostingTask
{
}

[TaskName("Default")]
[IsDependentOn(typeof(DiscoveredCompile))]
public sealed class DiscoveredDefault : AsyncFrostingTask<ICakeContext>
{
}

public abstract class DiscoveredAbstract : FrostingTask
{
}
