using Cake.Frosting;
using Build.Tasks.Deploy;

namespace Build.Tasks.Targets;

[TaskName(nameof(DestroyEphemeral))]
[TaskDescription("Tears down a feature branch's stack and the package only it ran (--branch to choose one); the shared preprod infrastructure stays.")]
[IsDependentOn(typeof(DestroyStack))]
public sealed class DestroyEphemeral : FrostingTask<BuildContext>
{
}
