using Build.Tasks.Package;
using Cake.Frosting;
using Build.Tasks.Infra;
using Build.Tasks.Validate;

namespace Build.Tasks.Targets;

[TaskName(nameof(PullRequest))]
[TaskDescription("Pull-request build: build, test, package, lint the template, terraform fmt, validate and a read-only plan where credentials allow. Never uploads or deploys.")]
[IsDependentOn(typeof(SmokeTest))]
[IsDependentOn(typeof(LintTemplate))]
[IsDependentOn(typeof(TerraformFormat))]
[IsDependentOn(typeof(TerraformValidate))]
[IsDependentOn(typeof(TerraformPlan))]
public sealed class PullRequest : FrostingTask<BuildContext>
{
}
