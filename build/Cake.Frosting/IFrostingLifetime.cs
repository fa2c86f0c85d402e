namespace Cake.Frosting;

public interface IFrostingLifetime : IFrostingSetup, IFrostingTeardown
{
}
