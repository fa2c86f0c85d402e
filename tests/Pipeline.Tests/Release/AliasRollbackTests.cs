using Pipeline.Release;

namespace Pipeline.Tests.Release;

public class AliasRollbackTests
{
    [Test]
    public async Task Goes_back_to_the_version_the_alias_recorded()
    {
        using var lambda = new FakeLambda();
        lambda.AddVersions(5);
        lambda.PointAlias("5", "released by the pipeline; previous=3");

        var outcome = await new AliasRollback(lambda, _ => { }).RollbackAsync("greeter", "live", null, CancellationToken.None);

        Assert.That((outcome.ServingVersion, outcome.PreviousVersion), Is.EqualTo(("3", "5")));
        Assert.That(lambda.Alias!.FunctionVersion, Is.EqualTo("3"));
        Assert.That(lambda.Alias.Description, Does.Contain("previous=5"), "rolling back twice returns to where it started");
    }

    [Test]
    public async Task Goes_to_the_version_asked_for()
    {
        using var lambda = new FakeLambda();
        lambda.AddVersions(5);
        lambda.PointAlias("5", "released by the pipeline; previous=4");

        await new AliasRollback(lambda, _ => { }).RollbackAsync("greeter", "live", "2", CancellationToken.None);

        Assert.That(lambda.Alias!.FunctionVersion, Is.EqualTo("2"));
    }

    [Test]
    public void An_unknown_version_lists_the_published_ones_and_changes_nothing()
    {
        using var lambda = new FakeLambda();
        lambda.AddVersions(3);
        lambda.PointAlias("3", "released by the pipeline; previous=2");

        var error = Assert.ThrowsAsync<ReleaseException>(
            () => new AliasRollback(lambda, _ => { }).RollbackAsync("greeter", "live", "9", CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("no published version 9").And.Contain("1, 2, 3"));
        Assert.That(lambda.AliasHistory, Is.Empty);
    }

    [Test]
    public void Without_a_recorded_previous_version_it_asks_for_one()
    {
        using var lambda = new FakeLambda();
        lambda.AddVersions(1);
        lambda.PointAlias("1");

        var error = Assert.ThrowsAsync<ReleaseException>(
            () => new AliasRollback(lambda, _ => { }).RollbackAsync("greeter", "live", null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("--to-version=N"));
    }

    [Test]
    public void A_missing_alias_says_nothing_was_released()
    {
        using var lambda = new FakeLambda();

        var error = Assert.ThrowsAsync<ReleaseException>(
            () => new AliasRollback(lambda, _ => { }).RollbackAsync("greeter", "live", null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("no alias 'live'"));
    }
}
