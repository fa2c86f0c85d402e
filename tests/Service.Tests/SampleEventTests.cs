namespace Service.Tests;

/// <summary>The event the pipeline's smoke test feeds the packaged handler gets a 200 here too.</summary>
public class SampleEventTests
{
    [Test]
    public async Task The_smoke_test_event_is_a_healthy_request()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "events", "health.json");

        var response = await Invoke.RawAsync(await File.ReadAllTextAsync(path));

        Assert.That(response.GetProperty("statusCode").GetInt32(), Is.EqualTo(200));
        Assert.That(Invoke.Body(response).GetProperty("status").GetString(), Is.EqualTo("ok"));
    }
}
