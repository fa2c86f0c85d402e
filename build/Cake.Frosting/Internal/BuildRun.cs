using Cake.Cli;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.Scripting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cake.Frosting.Internal;

internal sealed class BuildRun
{
    private readonly IServiceProvider provider;
    private readonly IServiceCollection services;
    private readonly DefaultCommandSettings settings;
    private readonly ICakeEngine engine;
    private readonly ICakeLog log;
    private readonly Lazy<IFrostingContext> context;

    public BuildRun(IServiceProvider provider, IServiceCollection services, DefaultCommandSettings settings)
    {
        this.provider = provider;
        this.services = services;
        this.settings = settings;
        engine = provider.GetRequiredService<ICakeEngine>();
        log = provider.GetRequiredService<ICakeLog>();
        context = new Lazy<IFrostingContext>(provider.GetRequiredService<IFrostingContext>);
    }

    public async Task<int> ExecuteAsync()
    {
        RegisterTasks();
        var runsTasks = !settings.Tree && !settings.Description;
        // As in Cake.Frosting, a dry run invokes setup and teardown (a build's setup must then stay away from AWS).
        if (runsTasks)
        {
            LifetimeRegistration.Register(engine, provider, context);
        }

        var host = CreateHost();
        if (settings.Exclusive)
        {
            host.Settings.UseExclusiveTarget();
        }

        await host.RunTargetsAsync(settings.Targets);
        return 0;
    }

    private void RegisterTasks()
    {
        var registration = new TaskRegistration(engine, log, context);
        var contextType = ContextType();
        foreach (var task in provider.GetServices<IFrostingTask>())
        {
            registration.Register(task, contextType);
        }
    }

    private Type? ContextType()
    {
        var descriptor = services.Last(candidate => candidate.ServiceType == typeof(IFrostingContext));
        return descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType();
    }

    private IScriptHost CreateHost()
    {
        if (settings.DryRun)
        {
            return new DryRunScriptHost<IFrostingContext>(engine, context.Value, log);
        }

        if (settings.Tree)
        {
            return new TreeScriptHost(engine, provider.GetRequiredService<ICakeContext>(), provider.GetRequiredService<IConsole>());
        }

        if (settings.Description)
        {
            return new DescriptionScriptHost(engine, provider.GetRequiredService<ICakeContext>(), provider.GetRequiredService<IAnsiConsole>());
        }

        var printer = provider.GetRequiredService<ICakeReportPrinter>();
        return new BuildScriptHost<IFrostingContext>(
            engine,
            new DefaultExecutionStrategy(log, printer),
            context.Value,
            printer,
            provider.GetRequiredService<ICakeConfiguration>(),
            log);
    }
}
