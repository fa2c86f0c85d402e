using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>The length bounds of AWS names at the bound and one past it, ARN parts, and the typo guess's distance bound.</summary>
public class AwsNameBoundsTests
{
    [Test]
    public void An_external_id_takes_2_to_1224_characters()
    {
        Assert.That(AwsNameRules.ExternalId(new string('a', 1224)), Is.Null);
        Assert.That(AwsNameRules.ExternalId(new string('a', 1225)), Is.Not.Null);
        Assert.That(AwsNameRules.ExternalId("ab"), Is.Null);
    }

    [Test]
    public void A_stack_name_takes_a_letter_and_up_to_127_more()
    {
        Assert.That(AwsNameRules.StackName("a" + new string('-', 127)), Is.Null);
        Assert.That(AwsNameRules.StackName("a" + new string('1', 128)), Is.EqualTo(
            $"'a{new string('1', 128)}' is not a legal stack name: a letter, then up to 127 letters, digits or hyphens."));
        Assert.That(AwsNameRules.StackName("Z"), Is.Null);
    }

    [TestCase("123456789012", null)]
    [TestCase("12345678901", "'12345678901' is not an AWS account id: it must be exactly 12 digits (it has 11 characters).")]
    [TestCase(" 123456789012", "' 123456789012' is not an AWS account id: it must be exactly 12 digits (it has 13 characters).")]
    [TestCase("", "'' is not an AWS account id: it must be exactly 12 digits (it has 0 characters).")]
    public void An_account_id_is_exactly_12_digits(string value, string? problem) =>
        Assert.That(AwsNameRules.AccountId(value), Is.EqualTo(problem));

    [TestCase("a.b", null)]
    [TestCase("ab.", "lowercase")]
    [TestCase("1.2.3.4", "IP address")]
    [TestCase("1.2.3.a", null)]
    [TestCase("axn--b", null)]
    [TestCase("asthree-b", null)]
    [TestCase("a-s3aliasb", null)]
    [TestCase("a--ol-s3b", null)]
    public void Reserved_forms_are_refused_only_where_s3_reserves_them(string name, string? problem) =>
        Assert.That(AwsNameRules.BucketName(name), problem is null ? Is.Null : Does.Contain(problem));

    [Test]
    public void An_arn_has_six_parts_and_prints_back_the_same()
    {
        Assert.That(Arn.TryParse("arn:aws:iam::111111111111:role/a:b"), Is.EqualTo(new Arn("aws", "iam", string.Empty, "111111111111", "role/a:b")));
        Assert.That(Arn.TryParse("arn:aws:kms:eu-west-1:1:key/k")!.ToString(), Is.EqualTo("arn:aws:kms:eu-west-1:1:key/k"));
        Assert.That(Arn.TryParse(null), Is.Null);
        Assert.That(Arn.TryParse("arn:aws:iam::111111111111:"), Is.Null);
    }

    [Test]
    public void A_kms_key_needs_an_id_after_key_slash() =>
        Assert.That(AwsNameRules.KmsKeyArn("arn:aws:kms:eu-west-1:1:key/", "1", "eu-west-1"), Is.Not.Null);

    [TestCase("ab", new[] { "xy" }, "xy")]
    [TestCase("ab", new[] { "xyz" }, null)]
    [TestCase("abcdefghi", new[] { "xyzdefghi" }, "xyzdefghi")]
    [TestCase("abcdefgh", new[] { "xyzdefgh" }, null)]
    [TestCase("ABC", new[] { "zzzzz", "abd", "abc" }, "abc")]
    [TestCase("abc", new string[0], null)]
    public void The_guess_is_the_nearest_name_within_a_third_of_the_typed_length_and_at_least_two(string typed, string[] known, string? guess) =>
        Assert.That(ClosestName.Find(typed, known), Is.EqualTo(guess));
}
