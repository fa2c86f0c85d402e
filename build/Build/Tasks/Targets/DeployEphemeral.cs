using Cake.Frosting;
using Build.Tasks.Deploy;
using Build.Tasks.Validate;

namespace Build.Tasks.Targets;

[TaskName(nameof(DeployEphemeral))]
[TaskDescription("Deploys a feature branch's own stack into the preprod runtime account, named from the branch (--branch to choose one); reads preprod's Terraform outputs, applies nothing.")]
[IsDependentOn(typeof(Package.Package))]
[IsDependentOn(typeof(Package.SmokeTest))]
[IsDependentOn(typeof(LintTemplate))]
[IsDependentOn(typeof(DeployStack))]
[IsDependentOn(typeof(ShiftTraffic))]
public sealed class DeployEphemeral : FrostingTask<BuildContext>
{
}
