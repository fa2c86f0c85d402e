using Pipeline.Packaging;

namespace Pipeline.Tests.Packaging;

/// <summary>Defect 9: promotion looked preprod's package up by commit, which a GitFlow release merge changes.</summary>
public class PromotionProofTests
{
    private static PackageManifest Manifest(string sha256, string commit) =>
        new("greeter", "1.4.0", commit, "develop", "greeter.zip", sha256, 1234, "src/Service");

    [Test]
    public void The_same_bytes_from_a_new_merge_commit_are_a_proven_promotion()
    {
        var preprod = Manifest(new string('a', 64), "1111111aaaaaaa");
        var prodBuild = Manifest(new string('a', 64), "2222222bbbbbbb");

        var proof = PromotionProof.Decide(prodBuild, preprod, sameSourceTree: null, "preprod");

        Assert.That(proof.Proven, Is.True);
        Assert.That(proof.Message, Does.Contain(new string('a', 64)).And.Contain("1111111"));
    }

    [Test]
    public void Different_bytes_are_not_a_promotion_and_say_so()
    {
        var proof = PromotionProof.Decide(Manifest(new string('b', 64), "2222222"), Manifest(new string('a', 64), "1111111"), sameSourceTree: false, "preprod");

        Assert.That(proof.Proven, Is.False);
        Assert.That(proof.Message, Does.Contain("never ran in preprod"));
    }

    [Test]
    public void Nothing_running_in_preprod_is_not_a_promotion()
    {
        Assert.That(PromotionProof.Decide(Manifest(new string('b', 64), "2222222"), null, sameSourceTree: true, "preprod").Proven, Is.False);
    }

    [Test]
    public void The_same_source_tree_with_another_version_stamp_is_a_proven_promotion()
    {
        var proof = PromotionProof.Decide(Manifest(new string('b', 64), "2222222"), Manifest(new string('a', 64), "1111111"), sameSourceTree: true, "preprod");

        Assert.That(proof.Proven, Is.True);
        Assert.That(proof.Message, Does.Contain("source tree equals").And.Contain("1111111"));
    }
}
