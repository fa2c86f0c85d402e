using Cake.Frosting;
using Build.Tasks.Deploy;
using Build.Tasks.Infra;

namespace Build.Tasks.Targets;

[TaskName(nameof(DeployProd))]
[TaskDescription("Push to master/main: the PullRequest checks, then Terraform apply, upload and deploy into the prod runtime account (--confirm for a local run against real AWS).")]
[IsDependentOn(typeof(StartTerraform))]
[IsDependentOn(typeof(PullRequest))]
[IsDependentOn(typeof(DeployStack))]
public sealed class DeployProd : FrostingTask<BuildContext>
{
}
