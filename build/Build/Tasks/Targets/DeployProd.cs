using Cake.Frosting;
using Build.Tasks.Deploy;
using Build.Tasks.Infra;

namespace Build.Tasks.Targets;

[TaskName(nameof(DeployProd))]
[TaskDescription("Push to master/main: as DeployPreprod, into the prod runtime account, shipping the package preprod deployed for the commit when there is one (--confirm for a local run against real AWS).")]
[IsDependentOn(typeof(StartTerraform))]
[IsDependentOn(typeof(PullRequest))]
[IsDependentOn(typeof(ShiftTraffic))]
public sealed class DeployProd : FrostingTask<BuildContext>
{
}
