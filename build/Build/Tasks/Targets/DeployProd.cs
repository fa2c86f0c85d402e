using Cake.Frosting;
using Build.Tasks.Deploy;
using Build.Tasks.Infra;
using Build.Tasks.Validate;

namespace Build.Tasks.Targets;

[TaskName(nameof(DeployProd))]
[TaskDescription("Push to master/main: as DeployPreprod, into prod, shipping the package preprod deployed for the commit when there is one. A local run against real AWS needs --confirm.")]
// Declaration order is run order: Terraform starts first and runs beside the checks; it applies after them.
[IsDependentOn(typeof(StartTerraform))]
[IsDependentOn(typeof(StartChecks))]
[IsDependentOn(typeof(Package.Package))]
[IsDependentOn(typeof(Package.SmokeTest))]
[IsDependentOn(typeof(LintTemplate))]
[IsDependentOn(typeof(TerraformFormat))]
[IsDependentOn(typeof(TerraformValidate))]
[IsDependentOn(typeof(TerraformApply))]
[IsDependentOn(typeof(FindPromotableArtifact))]
[IsDependentOn(typeof(DeployStack))]
[IsDependentOn(typeof(ShiftTraffic))]
public sealed class DeployProd : FrostingTask<BuildContext>
{
}
