using System.Diagnostics;
using Pipeline.LocalAws;
using TestSupport;

namespace Pipeline.Tests.LocalAws;

/// <summary>
/// A server that is not kept ends with the process that started it. `sleep` stands in for moto_server, and closing the
/// shell's standard input is what the kernel does to that pipe when the starting process dies, however it dies.
/// </summary>
[Platform(Exclude = "Win")]
public class MotoServerLifetimeTests
{
    [Test]
    public void The_server_stops_when_its_starter_is_gone()
    {
        using var shell = Owned("sleep", "300");
        Assert.That(shell.WaitForExit(500), Is.False, "the server must run while its starter holds the pipe");

        shell.StandardInput.Close();

        Assert.That(shell.WaitForExit(5000), Is.True, "the watcher must stop the server once the pipe closes");
        Assert.That(shell.ExitCode, Is.Not.Zero);
    }

    [Test]
    public void A_server_that_exits_on_its_own_ends_the_shell_with_its_code()
    {
        using var shell = Owned("/bin/sh", "-c", "exit 3");

        Assert.That(shell.WaitForExit(5000), Is.True, "a server that fails at start must not leave the starter waiting");
        Assert.That(shell.ExitCode, Is.EqualTo(3));
    }

    [Test]
    public async Task Moto_answers_and_is_gone_after_dispose()
    {
        LocalTools.Require(MotoServer.Executable);
        var moto = await MotoServer.StartAsync();
        var endpoint = moto.Endpoint;
        Assert.That(await MotoServer.AnswersAsync(endpoint), Is.True);

        moto.Dispose();

        Assert.That(await MotoServer.AnswersAsync(endpoint), Is.False);
    }

    private static Process Owned(string server, params string[] arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", MotoServer.OwnedScript, server }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
