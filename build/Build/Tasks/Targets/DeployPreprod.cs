using Cake.Frosting;
using Build.Tasks.Deploy;
using Build.Tasks.Infra;
using Build.Tasks.Validate;

namespace Build.Tasks.Targets;

[TaskName(nameof(DeployPreprod))]
[TaskDescription("Push to develop: Terraform, the checks, encrypted upload and Lambda deploy into the preprod runtime account. Terraform is planned beside the checks (build, test, package, template lint, terraform fmt and validate) and applied after them, at once if it only adds resources.")]
// Declaration order is run order: Terraform starts first and runs beside the checks; it applies after them.
[IsDependentOn(typeof(StartTerraform))]
[IsDependentOn(typeof(StartChecks))]
[IsDependentOn(typeof(Package.Package))]
[IsDependentOn(typeof(Package.SmokeTest))]
[IsDependentOn(typeof(LintTemplate))]
[IsDependentOn(typeof(TerraformFormat))]
[IsDependentOn(typeof(TerraformValidate))]
[IsDependentOn(typeof(TerraformApply))]
[IsDependentOn(typeof(DeployStack))]
[IsDependentOn(typeof(ShiftTraffic))]
public sealed class DeployPreprod : FrostingTask<BuildContext>
{
}
