using Cake.Frosting;
using Build.Tasks.Infra;

namespace Build.Tasks.Targets;

[TaskName(nameof(DestroyEnvironment))]
[TaskDescription("Tears a whole environment down (--env=NAME): the stack, then everything Terraform made. Prod needs --confirm.")]
[IsDependentOn(typeof(TerraformDestroy))]
public sealed class DestroyEnvironment : FrostingTask<BuildContext>
{
}
