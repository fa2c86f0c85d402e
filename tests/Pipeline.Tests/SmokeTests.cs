using TestSupport;

namespace Pipeline.Tests;

public class MotoServerTests
{
    [Test]
    public async Task Moto_starts_on_loopback_and_resets()
    {
        var moto = await Moto.FreshAsync();
        Assert.That(moto.Endpoint.Host, Is.EqualTo("127.0.0.1"));
    }
}
