using Cake.Frosting;
using Build.Tasks.Deploy;
using Build.Tasks.Infra;

namespace Build.Tasks.Targets;

[TaskName(nameof(Ci))]
[TaskDescription("CodeBuild entry point: reads the webhook event and branch, and runs what the GitFlow policy picks (PullRequest, DeployPreprod or DeployProd).")]
[IsDependentOn(typeof(StartTerraform))]
[IsDependentOn(typeof(PullRequest))]
[IsDependentOn(typeof(ShiftTraffic))]
public sealed class Ci : FrostingTask<BuildContext>
{
}
