using Cake.Cli;
using Cake.Cli.Infrastructure;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Cake.Frosting.Internal;

internal sealed class DefaultCommand : AsyncCommand<DefaultCommandSettings>
{
    private readonly IServiceCollection services;

    public DefaultCommand(IServiceCollection services)
    {
        this.services = services;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, DefaultCommandSettings settings, CancellationToken cancellationToken)
    {
        services.AddSingleton<ICakeArguments>(context.Remaining.ToCakeArguments(settings.Targets, null));
        services.AddSingleton(context.Remaining);
        await using var provider = services.BuildServiceProvider();
        var log = provider.GetRequiredService<ICakeLog>();
        try
        {
            if (settings.Version || settings.Info)
            {
                var console = provider.GetRequiredService<IConsole>();
                if (settings.Version)
                {
                    provider.GetRequiredService<VersionFeature>().Run(console);
                }
                else
                {
                    provider.GetRequiredService<InfoFeature>().Run(console);
                }

                return 0;
            }

            log.Verbosity = settings.Verbosity ?? Verbosity.Normal;
            SetWorkingDirectory(provider, settings);
            log.Verbosity = provider.GetRequiredService<ICakeConfiguration>().GetVerbosity(settings.Verbosity, Verbosity.Normal);
            InstallTools(provider, log);
            return await new BuildRun(provider, services, settings).ExecuteAsync();
        }
        catch (Exception exception)
        {
            // Cake.Frosting logs the message and exits with -1 whatever the exception's own exit code.
            log.LogException(exception);
            return -1;
        }
    }

    private static void InstallTools(IServiceProvider provider, ICakeLog log)
    {
        var tools = provider.GetServices<PackageReference>().ToList();
        if (tools.Count > 0)
        {
            log.Verbose("Installing tools...");
            var installer = provider.GetRequiredService<IToolInstaller>();
            tools.ForEach(installer.Install);
        }
    }

    private static void SetWorkingDirectory(IServiceProvider provider, DefaultCommandSettings settings)
    {
        var environment = provider.GetRequiredService<ICakeEnvironment>();
        var requested = settings.WorkingDirectory ?? provider.GetService<WorkingDirectory>()?.Path;
        if (requested is null)
        {
            return;
        }

        var directory = requested.MakeAbsolute(environment);
        if (!provider.GetRequiredService<IFileSystem>().Exist(directory))
        {
            throw new FrostingException(
                $"The working directory '{directory.FullPath}' does not exist. Pass an existing folder to --working.");
        }

        environment.WorkingDirectory = directory;
    }
}
