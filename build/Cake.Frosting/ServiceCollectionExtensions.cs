using Cake.Core.Composition;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Frosting.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection UseContext<TContext>(this IServiceCollection services)
        where TContext : class, IFrostingContext
    {
        services.AddSingleton<IFrostingContext, TContext>();
        return services;
    }

    public static IServiceCollection UseLifetime<TLifetime>(this IServiceCollection services)
        where TLifetime : class, IFrostingLifetime
    {
        services.AddSingleton<IFrostingLifetime, TLifetime>();
        services.AddSingleton<IFrostingSetup>(provider => provider.GetRequiredService<IFrostingLifetime>());
        services.AddSingleton<IFrostingTeardown>(provider => provider.GetRequiredService<IFrostingLifetime>());
        return services;
    }

    public static IServiceCollection UseSetup<TSetup>(this IServiceCollection services)
        where TSetup : class, IFrostingSetup
        => services.AddSingleton<IFrostingSetup, TSetup>();

    public static IServiceCollection UseTeardown<TTeardown>(this IServiceCollection services)
        where TTeardown : class, IFrostingTeardown
        => services.AddSingleton<IFrostingTeardown, TTeardown>();

    public static IServiceCollection UseTaskLifetime<TLifetime>(this IServiceCollection services)
        where TLifetime : class, IFrostingTaskLifetime
    {
        services.AddSingleton<IFrostingTaskLifetime, TLifetime>();
        services.AddSingleton<IFrostingTaskSetup>(provider => provider.GetRequiredService<IFrostingTaskLifetime>());
        services.AddSingleton<IFrostingTaskTeardown>(provider => provider.GetRequiredService<IFrostingTaskLifetime>());
        return services;
    }

    public static IServiceCollection UseTaskSetup<TSetup>(this IServiceCollection services)
        where TSetup : class, IFrostingTaskSetup
        => services.AddSingleton<IFrostingTaskSetup, TSetup>();

    public static IServiceCollection UseTaskTeardown<TTeardown>(this IServiceCollection services)
        where TTeardown : class, IFrostingTaskTeardown
        => services.AddSingleton<IFrostingTaskTeardown, TTeardown>();

    public static IServiceCollection UseModule<TModule>(this IServiceCollection services)
        where TModule : ICakeModule, new()
        => Cli.ServiceCollectionExtensions.UseModule(services, new TModule());

    public static IServiceCollection UseWorkingDirectory(this IServiceCollection services, DirectoryPath path)
        => services.AddSingleton(new WorkingDirectory(path));

    public static IServiceCollection UseCakeSetting(this IServiceCollection services, string key, string value)
        => services.AddSingleton(new CakeSetting(key, value));

    public static IServiceCollection UsePackageInstaller<TPackageInstaller>(this IServiceCollection services)
        where TPackageInstaller : class, IPackageInstaller
        => services.AddSingleton<IPackageInstaller, TPackageInstaller>();

    /// <summary>Installs the tool (e.g. <c>nuget:?package=xunit.runner.console</c>) before the first task runs.</summary>
    public static IServiceCollection UseTool(this IServiceCollection services, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return services.AddSingleton(new PackageReference(uri.OriginalString));
    }

    public static IServiceCollection UseToolPath(this IServiceCollection services, DirectoryPath toolPath)
    {
        ArgumentNullException.ThrowIfNull(toolPath);
        return services.UseCakeSetting("paths_tools", toolPath.FullPath);
    }
}
