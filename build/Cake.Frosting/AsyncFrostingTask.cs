using Cake.Core;

namespace Cake.Frosting;

public abstract class AsyncFrostingTask : AsyncFrostingTask<ICakeContext>
{
}
