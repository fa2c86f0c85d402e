using Cake.Frosting;
using Build.Tasks.Deploy;
using Build.Tasks.Infra;

namespace Build.Tasks.Targets;

[TaskName(nameof(DeployPreprod))]
[TaskDescription("Push to develop: Terraform planned beside the PullRequest checks and applied after them (at once if it only adds resources), then encrypted upload and Lambda deploy into the preprod runtime account.")]
[IsDependentOn(typeof(StartTerraform))]
[IsDependentOn(typeof(PullRequest))]
[IsDependentOn(typeof(ShiftTraffic))]
public sealed class DeployPreprod : FrostingTask<BuildContext>
{
}
