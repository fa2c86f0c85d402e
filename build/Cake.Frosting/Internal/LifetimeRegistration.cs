using Cake.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting.Internal;

// Lifetimes are resolved only when the engine invokes them, so --tree and --dryrun never construct them.
internal static class LifetimeRegistration
{
    public static void Register(ICakeEngine engine, IServiceProvider provider, Lazy<IFrostingContext> context)
    {
        var known = provider.GetRequiredService<IServiceProviderIsService>();
        if (known.IsService(typeof(IFrostingSetup)))
        {
            engine.RegisterSetupAction((ISetupContext info) =>
                provider.GetRequiredService<IFrostingSetup>().Setup(context.Value, info));
        }

        if (known.IsService(typeof(IFrostingTeardown)))
        {
            engine.RegisterTeardownAction((ITeardownContext info) =>
                provider.GetRequiredService<IFrostingTeardown>().Teardown(context.Value, info));
        }

        if (known.IsService(typeof(IFrostingTaskSetup)))
        {
            engine.RegisterTaskSetupAction((ITaskSetupContext info) =>
                provider.GetRequiredService<IFrostingTaskSetup>().Setup(context.Value, info));
        }

        if (known.IsService(typeof(IFrostingTaskTeardown)))
        {
            engine.RegisterTaskTeardownAction((ITaskTeardownContext info) =>
                provider.GetRequiredService<IFrostingTaskTeardown>().Teardown(context.Value, info));
        }
    }
}
