using Pipeline.Packaging;
using Pipeline.Processes;

namespace Pipeline.Tests.Packaging;

public class DotnetPublisherTests
{
    [Test]
    public async Task Clears_stale_output_and_runs_the_rendered_command()
    {
        using var folder = new TempFolder();
        var command = new PublishCommand(folder.Path, "src/Service/Service.csproj", "1.0.0", "abc1234");
        var stale = folder.WriteFile("artifacts/publish/Service/Old.dll", "left over");
        var runner = new FakeProcessRunner(new ProcessResult(0, "", "", TimeSpan.FromSeconds(4)));

        var elapsed = await new DotnetPublisher(runner).PublishAsync(command);

        Assert.That(File.Exists(stale), Is.False);
        Assert.That(elapsed, Is.EqualTo(TimeSpan.FromSeconds(4)));
        Assert.That(runner.Calls.Single().Arguments, Is.EqualTo(command.Arguments()));
    }

    [Test]
    public void Failure_reports_the_exit_code_and_the_output_tail()
    {
        using var folder = new TempFolder();
        var command = new PublishCommand(folder.Path, "src/Service/Service.csproj", "1.0.0", "abc1234");
        var runner = new FakeProcessRunner(new ProcessResult(1, "Function.cs(3,1): error CS1002: ; expected", "", TimeSpan.Zero));

        Assert.That(() => new DotnetPublisher(runner).PublishAsync(command), Throws.InvalidOperationException
            .With.Message.Contains("exit code 1").And.Message.Contains("CS1002"));
    }
}
