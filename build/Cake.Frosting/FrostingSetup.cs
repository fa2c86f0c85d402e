using Cake.Core;

namespace Cake.Frosting;

/// <summary>Runs once before the first task; registered with UseSetup. If it fails, no task runs but teardown does.</summary>
public abstract class FrostingSetup : FrostingSetup<ICakeContext>
{
}

/// <summary>Runs once before the first task; registered with UseSetup. If it fails, no task runs but teardown does.</summary>
public abstract class FrostingSetup<TContext> : IFrostingSetup
    where TContext : ICakeContext
{
    public abstract void Setup(TContext context, ISetupContext info);

    void IFrostingSetup.Setup(ICakeContext context, ISetupContext info)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(info);
        Setup((TContext)context, info);
    }
}
