using Pipeline.Release;

namespace Pipeline.Tests.Release;

public class VersionPublisherTests
{
    [Test]
    public async Task New_code_is_published_with_its_hash_and_description()
    {
        using var lambda = new FakeLambda();
        lambda.AddVersions(2);

        var version = await new VersionPublisher(lambda).EnsureAsync("greeter", CancellationToken.None);

        Assert.That(version, Is.EqualTo(new PublishedVersion("3", true, "code-1")));
        Assert.That(lambda.Versions.Last().Description, Is.EqualTo("1.0.0 (abc1234)"));
    }

    [Test]
    public async Task Code_already_published_reuses_that_version()
    {
        using var lambda = new FakeLambda();
        lambda.AddVersions(2);
        await new VersionPublisher(lambda).EnsureAsync("greeter", CancellationToken.None);

        var again = await new VersionPublisher(lambda).EnsureAsync("greeter", CancellationToken.None);

        Assert.That(again, Is.EqualTo(new PublishedVersion("3", false, "code-1")));
        Assert.That(lambda.Published, Is.EqualTo(1));
    }

    [Test]
    public async Task Same_code_with_another_description_is_a_new_version()
    {
        using var lambda = new FakeLambda();
        await new VersionPublisher(lambda).EnsureAsync("greeter", CancellationToken.None);
        lambda.Latest.Description = "1.0.1 (def5678)";

        var next = await new VersionPublisher(lambda).EnsureAsync("greeter", CancellationToken.None);

        Assert.That(next.IsNew, Is.True);
        Assert.That(next.Version, Is.EqualTo("2"));
    }
}
