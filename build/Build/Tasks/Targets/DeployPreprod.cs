using Cake.Frosting;
using Build.Tasks.Deploy;
using Build.Tasks.Infra;

namespace Build.Tasks.Targets;

[TaskName(nameof(DeployPreprod))]
[TaskDescription("Push to develop: the PullRequest checks, then Terraform apply, encrypted upload and Lambda deploy into the preprod runtime account.")]
[IsDependentOn(typeof(StartTerraform))]
[IsDependentOn(typeof(PullRequest))]
[IsDependentOn(typeof(DeployStack))]
public sealed class DeployPreprod : FrostingTask<BuildContext>
{
}
