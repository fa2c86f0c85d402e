using Cake.Core;

namespace Cake.Frosting;

public abstract class FrostingTaskLifetime : FrostingTaskLifetime<ICakeContext>
{
}
