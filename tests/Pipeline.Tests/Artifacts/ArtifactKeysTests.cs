using Pipeline.Artifacts;

namespace Pipeline.Tests.Artifacts;

/// <summary>The bucket's key layout: content-addressed packages, commit and stack references; bad ids never make a key.</summary>
public class ArtifactKeysTests
{
    private const string Sha = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";

    [Test]
    public void Packages_and_manifests_sit_side_by_side_under_the_lowercase_hash()
    {
        Assert.That(ArtifactKeys.Package("greeter", Sha), Is.EqualTo("greeter/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.zip"));
        Assert.That(ArtifactKeys.Manifest("greeter", Sha), Is.EqualTo("greeter/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.json"));
    }

    [TestCase("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a")]
    [TestCase("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015add")]
    [TestCase("ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Anything_but_64_hex_digits_is_not_a_hash(string sha)
    {
        Assert.That(() => ArtifactKeys.Package("greeter", sha), Throws.ArgumentException
            .With.Message.StartsWith($"'{sha}' is not a hex SHA-256 (64 hex digits).").And.Property("ParamName").EqualTo("sha256"));
        Assert.That(() => ArtifactKeys.Manifest("greeter", sha), Throws.ArgumentException);
    }

    [TestCase("ABCDEF0", "greeter/commits/abcdef0.json")]
    [TestCase("0123456789abcdef0123456789abcdef01234567", "greeter/commits/0123456789abcdef0123456789abcdef01234567.json")]
    public void A_commit_reference_is_keyed_by_the_lowercase_commit(string commit, string expected) =>
        Assert.That(ArtifactKeys.Commit("greeter", commit), Is.EqualTo(expected));

    [TestCase("abcdef")]
    [TestCase("0123456789abcdef0123456789abcdef012345678")]
    [TestCase("feature/x")]
    [TestCase("../../other/commits/abcdef0")]
    public void Anything_but_a_commit_id_is_refused(string commit) =>
        Assert.That(() => ArtifactKeys.Commit("greeter", commit), Throws.ArgumentException
            .With.Message.StartsWith($"'{commit}' is not a git commit id (7 to 40 hex digits).").And.Property("ParamName").EqualTo("commit"));

    [Test]
    public void Stack_references_live_under_the_stacks_prefix()
    {
        Assert.That(ArtifactKeys.StackPrefix("greeter"), Is.EqualTo("greeter/stacks/"));
        Assert.That(ArtifactKeys.Stack("greeter", "greeter-preprod"), Is.EqualTo("greeter/stacks/greeter-preprod.json"));
    }

    [Test]
    public void Ephemeral_packages_and_records_live_under_their_own_prefix()
    {
        var space = ArtifactKeys.Space("greeter", ephemeral: true);

        Assert.That(ArtifactKeys.Space("greeter", ephemeral: false), Is.EqualTo("greeter"));
        Assert.That(ArtifactKeys.Package(space, Sha), Does.StartWith(ArtifactKeys.EphemeralPrefix("greeter")).And.EqualTo("greeter/ephemeral/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.zip"));
        Assert.That(ArtifactKeys.Manifest(space, Sha), Does.StartWith("greeter/ephemeral/"));
        Assert.That(ArtifactKeys.Commit(space, "abcdef0"), Is.EqualTo("greeter/ephemeral/commits/abcdef0.json"));
        Assert.That(ArtifactKeys.Stack(space, "greeter-feature-x"), Is.EqualTo("greeter/ephemeral/stacks/greeter-feature-x.json"));
        Assert.That(ArtifactKeys.StackPrefix(space), Is.Not.EqualTo(ArtifactKeys.StackPrefix("greeter")).And.StartWith("greeter/ephemeral/"));
    }
}
