using Cake.Core;

namespace Cake.Frosting;

public abstract class FrostingTask : FrostingTask<ICakeContext>
{
}
