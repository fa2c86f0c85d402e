using System.Reflection;
using Cake.Cli;
using Cake.Frosting.Internal;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Cake.Frosting;

public sealed class CakeHost
{
    private readonly IServiceCollection services = new ServiceCollection();
    private readonly List<Assembly> assemblies = [];

    public CakeHost()
    {
        DefaultServices.AddTo(services);
        var entry = Assembly.GetEntryAssembly();
        if (entry is not null)
        {
            assemblies.Add(entry);
        }
    }

    public static CakeHost Create() => new();

    public CakeHost AddAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        assemblies.Add(assembly);
        return this;
    }

    public CakeHost ConfigureServices(Action<IServiceCollection> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services(this.services);
        return this;
    }

    public int Run(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        RegisterDiscoveredTasks();

        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IServiceCollection), services);
        var app = new CommandApp<DefaultCommand>(registrar);
        app.Configure(config =>
        {
            config.ConfigureConsole(ConsoleForParsing());
            config.AddExample([]);
            config.AddExample("--verbosity", "quiet");
            config.AddExample("--tree");

            // Unknown --name=value options reach tasks through ICakeArguments, as in Cake.
            config.Settings.ConvertFlagsToRemainingArguments = true;
        });
        return app.Run(args);
    }

    private void RegisterDiscoveredTasks()
    {
        var registered = services
            .Where(descriptor => descriptor.ServiceType == typeof(IFrostingTask))
            .Select(descriptor => descriptor.ImplementationType)
            .ToHashSet();
        foreach (var task in TaskTypes.Discover(assemblies).Where(task => !registered.Contains(task)))
        {
            services.AddSingleton(typeof(IFrostingTask), task);
        }
    }

    // Spectre writes parse errors and help before the container exists; reuse an injected console when given.
    private IAnsiConsole ConsoleForParsing()
    {
        var injected = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IAnsiConsole));
        if (injected?.ImplementationInstance is IAnsiConsole console)
        {
            return console;
        }

        var created = AnsiConsoleFactory.Create();
        if (injected is null)
        {
            services.AddSingleton(created);
        }

        return created;
    }
}
