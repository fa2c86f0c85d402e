using Cake.Core;

namespace Cake.Frosting;

public class FrostingContext : CakeContextAdapter, IFrostingContext
{
    public FrostingContext(ICakeContext context)
        : base(context)
    {
    }
}
