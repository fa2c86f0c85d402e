using Cake.Core;

namespace Cake.Frosting;

public interface IFrostingTeardown
{
    void Teardown(ICakeContext context, ITeardownContext info);
}
