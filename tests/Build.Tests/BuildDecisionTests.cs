using Pipeline.Packaging;

namespace Build.Tests;

/// <summary>
/// What the deploy tasks do with a drift result and with preprod's stack record, decided without Cake: DetectDrift
/// and TerraformApply follow <see cref="DriftResponses"/>, FindPromotableArtifact reports a <see cref="PromotionCheck"/>.
/// </summary>
public class BuildDecisionTests
{
    private static readonly Pipeline.Configuration.EnvironmentConfig Preprod = RepositoryConfig.Load().Environment("preprod");

    [TestCase(0, false, DriftResponse.None)]
    [TestCase(0, true, DriftResponse.None)]
    [TestCase(1, false, DriftResponse.Warn)]
    [TestCase(1, true, DriftResponse.Stop)]
    [TestCase(7, true, DriftResponse.Stop)]
    public void Drift_stops_the_run_only_with_stop_on_drift_and_otherwise_warns(int drifted, bool stopOnDrift, DriftResponse expected) =>
        Assert.That(DriftResponses.For(drifted, stopOnDrift), Is.EqualTo(expected));

    [Test]
    public void A_negative_drift_count_is_a_bug_not_no_drift() =>
        Assert.That(() => DriftResponses.For(-1, stopOnDrift: true), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Preprod_running_the_same_bytes_is_a_promotion_from_preprods_stack()
    {
        var check = PromotionCheck.Decide(Manifest('a', "2222222"), Manifest('a', "1111111"), sameSourceTree: null, Preprod);

        Assert.That(check.Warn, Is.False);
        Assert.That(check.Promotion, Is.Not.Null);
        Assert.That(check.Promotion!.FromEnvironment, Is.EqualTo("preprod"));
        Assert.That(check.Promotion.FromStack, Is.EqualTo("greeter-preprod"));
        Assert.That(check.Promotion.Proof.Proven, Is.True);
        Assert.That(check.Message, Does.StartWith("Promoted by content"));
    }

    [Test]
    public void A_missing_preprod_record_is_no_promotion_and_a_warning()
    {
        var check = PromotionCheck.Decide(Manifest('a', "2222222"), running: null, sameSourceTree: null, Preprod);

        Assert.That(check.Promotion, Is.Null);
        Assert.That(check.Warn, Is.True);
        Assert.That(check.Message, Is.EqualTo("preprod runs no package yet: this build ships without having run in preprod."));
    }

    [Test]
    public void Other_bytes_from_another_tree_are_no_promotion_and_a_warning()
    {
        var check = PromotionCheck.Decide(Manifest('b', "2222222"), Manifest('a', "1111111"), sameSourceTree: false, Preprod);

        Assert.That(check.Promotion, Is.Null);
        Assert.That(check.Warn, Is.True);
        Assert.That(check.Message, Does.Contain("never ran in preprod"));
    }

    [Test]
    public void An_unreadable_record_warns_naming_the_record_the_identity_and_the_fix()
    {
        var check = PromotionCheck.Unreadable("s3://bucket/greeter/stacks/greeter-preprod.json", "arn:aws:sts::333333333333:assumed-role/push/x", "AccessDenied");

        Assert.That(check.Promotion, Is.Null);
        Assert.That(check.Warn, Is.True);
        Assert.That(check.Message, Is.EqualTo("Cannot read s3://bucket/greeter/stacks/greeter-preprod.json as arn:aws:sts::333333333333:assumed-role/push/x (AccessDenied): " +
            "promotion is not proven. The prod push role needs s3:GetObject on that record (its policy has it) and preprod's bucket and key policies must grant it."));
    }

    [Test]
    public void Without_an_environment_on_develop_prod_ships_its_own_build_quietly()
    {
        var check = PromotionCheck.NoEarlierEnvironment("develop");

        Assert.That(check.Promotion, Is.Null);
        Assert.That(check.Warn, Is.False);
        Assert.That(check.Message, Is.EqualTo("No environment deploys from develop: nothing to promote from; prod ships this build."));
    }

    private static PackageManifest Manifest(char sha, string commit) =>
        new("greeter", "1.4.0", commit, "develop", "greeter.zip", new string(sha, 64), 1234, "src/Service");
}
