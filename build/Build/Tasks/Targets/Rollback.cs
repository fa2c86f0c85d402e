using Cake.Frosting;
using Build.Tasks.Deploy;

namespace Build.Tasks.Targets;

[TaskName(nameof(Rollback))]
[TaskDescription("Moves an environment's alias back (--env=NAME [--to-version=N]) in seconds, without a rebuild; prod from a machine needs --confirm, never from CI.")]
[IsDependentOn(typeof(RollbackAlias))]
public sealed class Rollback : FrostingTask<BuildContext>
{
}
