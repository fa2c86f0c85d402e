using Cake.Core;

namespace Cake.Frosting;

public abstract class FrostingLifetime : FrostingLifetime<ICakeContext>
{
}
