using System.IO.Compression;
using System.Text;
using Pipeline.Packaging;
using SmokeHandlers;

namespace Pipeline.Tests.Packaging;

/// <summary>The smoke test on a zip holding SmokeHandlers.dll alone: its handlers echo, crash, throw or need a missing dependency.</summary>
public class HandlerSmokeTestTests
{
    private static readonly byte[] Event = Encoding.UTF8.GetBytes("""{"httpMethod":"GET","path":"/health"}""");
    private string folder = null!;
    private string zip = null!;

    [SetUp]
    public void Package()
    {
        folder = Directory.CreateTempSubdirectory("smoke-").FullName;
        zip = Path.Combine(folder, "package.zip");
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        archive.CreateEntryFromFile(typeof(EchoHandler).Assembly.Location, "SmokeHandlers.dll");
    }

    [TearDown]
    public void Clean() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_good_handler_answers_the_sample_event_from_the_extracted_zip()
    {
        var reply = await Smoke("SmokeHandlers::SmokeHandlers.EchoHandler::HandleAsync").RunAsync(Event);

        Assert.That(reply, Is.EqualTo("""{"httpMethod":"GET","path":"/health"}"""));
        Assert.That(File.Exists(Path.Combine(folder, "extracted", "SmokeHandlers.dll")), Is.True);
    }

    [TestCase("Service::Service.Function::HandleAsync", "no Service.dll (it has: SmokeHandlers)")]
    [TestCase("SmokeHandlers::SmokeHandlers.EchoHandlr::HandleAsync", "no type 'SmokeHandlers.EchoHandlr'")]
    [TestCase("SmokeHandlers::SmokeHandlers.EchoHandler::Handle", "no public method 'Handle' (it has: HandleAsync")]
    [TestCase("SmokeHandlers.EchoHandler::HandleAsync", "not Assembly::Namespace.Type::Method")]
    public void A_wrong_handler_string_says_what_the_package_has(string handler, string text)
    {
        var error = Assert.ThrowsAsync<SmokeTestException>(() => Smoke(handler).RunAsync(Event));

        Assert.That(error!.Message, Does.Contain(text));
    }

    [Test]
    public void A_crash_at_start_up_is_reported_with_its_cause()
    {
        var error = Assert.ThrowsAsync<SmokeTestException>(() => Smoke("SmokeHandlers::SmokeHandlers.CrashingHandler::Handle").RunAsync(Event));

        Assert.That(error!.Message, Does.Contain("crashed while starting").And.Contain("GREETING_TABLE is not set"));
    }

    [Test]
    public void A_throw_on_the_event_is_reported()
    {
        var error = Assert.ThrowsAsync<SmokeTestException>(() => Smoke("SmokeHandlers::SmokeHandlers.ThrowingHandler::Handle").RunAsync(Event));

        Assert.That(error!.Message, Does.Contain("threw on the sample event").And.Contain("FormatException"));
    }

    [Test]
    public void A_dependency_missing_from_the_package_is_named_even_when_the_build_host_has_it()
    {
        var error = Assert.ThrowsAsync<SmokeTestException>(() => Smoke("SmokeHandlers::SmokeHandlers.DependentHandler::Handle").RunAsync(Event));

        Assert.That(error!.Message, Does.Contain("dependency is missing").And.Contain("Pipeline"));
    }

    private HandlerSmokeTest Smoke(string handler) => new(zip, handler, Path.Combine(folder, "extracted"));
}
