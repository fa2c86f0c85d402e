using Cake.Frosting;
using Build.Tasks.Deploy;

namespace Build.Tasks.Targets;

[TaskName(nameof(DeployEphemeral))]
[TaskDescription("A feature branch's own stack in the preprod runtime account, named from the branch (--branch to choose one).")]
[IsDependentOn(typeof(PullRequest))]
[IsDependentOn(typeof(ShiftTraffic))]
public sealed class DeployEphemeral : FrostingTask<BuildContext>
{
}
