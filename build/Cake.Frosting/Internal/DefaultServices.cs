using Cake.Cli;
using Cake.Common.Modules;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Modules;
using Cake.DotNetTool.Module;
using Cake.NuGet;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cake.Frosting.Internal;

internal static class DefaultServices
{
    public static void AddTo(IServiceCollection services)
    {
        Cli.ServiceCollectionExtensions.UseModule(services, new CoreModule());
        Cli.ServiceCollectionExtensions.UseModule(services, new CommonModule());
        Cli.ServiceCollectionExtensions.UseModule(services, new NuGetModule());
        Cli.ServiceCollectionExtensions.UseModule(services, new DotNetToolModule());
        services.AddSingleton<IToolInstaller, ToolInstaller>();

        services.AddSingleton<IConsole>(provider => new FrostingConsole(
            new CakeConsole(provider.GetRequiredService<ICakeEnvironment>()), PlainOutput.IsRequested));
        services.AddSingleton<ICakeLog>(provider => new CakeBuildLog(provider.GetRequiredService<IConsole>(), Verbosity.Normal));
        services.AddSingleton<ICakeReportPrinter>(provider => new CakeSpectreReportPrinter(provider.GetRequiredService<IAnsiConsole>()));
        services.AddSingleton<ICakeConfiguration>(CreateConfiguration);

        services.AddSingleton<IVersionResolver, VersionResolver>();
        services.AddSingleton<VersionFeature>();
        services.AddSingleton<InfoFeature>();

        services.AddSingleton<IFrostingContext, FrostingContext>();
    }

    // Resolved after the working directory is set, so cake.config is read from the build's root.
    private static ICakeConfiguration CreateConfiguration(IServiceProvider provider)
    {
        var environment = provider.GetRequiredService<ICakeEnvironment>();
        var settings = provider.GetServices<CakeSetting>()
            .Select(setting => new KeyValuePair<string, string>(setting.Key, setting.Value));
        var arguments = provider.GetRequiredService<ICakeArguments>().GetArguments()
            .Where(argument => argument.Value.Count > 0)
            .ToDictionary(argument => argument.Key, argument => argument.Value.Last(), StringComparer.OrdinalIgnoreCase);
        var configurationProvider = new CakeConfigurationProvider(provider.GetRequiredService<IFileSystem>(), environment);
        return configurationProvider.CreateConfiguration(environment.WorkingDirectory, settings, arguments);
    }
}
