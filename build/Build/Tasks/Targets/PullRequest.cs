using Cake.Frosting;
using Build.Tasks.Infra;
using Build.Tasks.Validate;

namespace Build.Tasks.Targets;

[TaskName(nameof(PullRequest))]
[TaskDescription("Pull-request checks: build, test, package, the build's own tests, lint the template, terraform fmt, validate and a read-only plan where credentials allow; never uploads or deploys.")]
[IsDependentOn(typeof(StartChecks))]
[IsDependentOn(typeof(Package.Package))]
[IsDependentOn(typeof(Package.SmokeTest))]
[IsDependentOn(typeof(Test.BuildTests))]
[IsDependentOn(typeof(LintTemplate))]
[IsDependentOn(typeof(TerraformFormat))]
[IsDependentOn(typeof(TerraformValidate))]
[IsDependentOn(typeof(TerraformPlan))]
public sealed class PullRequest : FrostingTask<BuildContext>
{
}
