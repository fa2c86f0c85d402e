using Cake.Core;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cake.Frosting.Tests.Support;

internal static class Build
{
    public static BuildResult Run(Action<CakeHost> configure, params string[] args)
    {
        var journal = new Journal();
        var output = new StringWriter();
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        ansi.Profile.Width = 160;

        var host = new CakeHost()
            .UseContext<JournalContext>()
            .ConfigureServices(services =>
            {
                services.AddSingleton(journal);
                services.AddSingleton<IConsole>(new RecordingConsole(output));
                services.AddSingleton(ansi);
            });
        configure(host);
        var exitCode = host.Run(args);
        return new BuildResult(exitCode, output.ToString(), journal.Entries);
    }

    public static CakeHost WithTasks(this CakeHost host, params Type[] tasks)
        => host.ConfigureServices(services =>
        {
            foreach (var task in tasks)
            {
                services.AddSingleton(typeof(IFrostingTask), task);
            }
        });
}
