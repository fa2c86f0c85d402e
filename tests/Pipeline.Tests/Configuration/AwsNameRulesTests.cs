using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>AWS naming rules at their bounds, with each problem word for word.</summary>
public class AwsNameRulesTests
{
    private const string Account = "111111111111";

    [TestCase(3)]
    [TestCase(63)]
    public void A_bucket_name_of_3_or_63_characters_is_legal(int length) =>
        Assert.That(AwsNameRules.BucketName(new string('a', length)), Is.Null);

    [TestCase(2)]
    [TestCase(64)]
    public void A_bucket_name_outside_3_to_63_characters_is_refused(int length)
    {
        var name = new string('a', length);

        Assert.That(AwsNameRules.BucketName(name), Is.EqualTo($"'{name}' is not a legal S3 bucket name: it must be 3 to 63 characters long."));
    }

    [TestCase("ab")]
    [TestCase("a1")]
    public void An_external_id_is_checked_without_showing_it(string value)
    {
        Assert.That(AwsNameRules.ExternalId(value + "cd"), Is.Null);
        Assert.That(AwsNameRules.ExternalId("a"), Is.EqualTo(
            "the external id must be 2 to 1224 characters of letters, digits and +=,.@:/-_ (the value is not shown)."));
    }

    [Test]
    public void A_role_arn_is_checked_for_service_name_region_and_account_word_for_word()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AwsNameRules.RoleArn($"arn:aws:iam::{Account}:role/x", Account, "infrastructure account"), Is.Null);
            Assert.That(AwsNameRules.RoleArn($"arn:aws:iam::{Account}:role/", Account, "infrastructure account"),
                Is.EqualTo($"'arn:aws:iam::{Account}:role/' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)."));
            Assert.That(AwsNameRules.RoleArn($"arn:aws:iam:eu-west-1:{Account}:role/x", Account, "infrastructure account"),
                Is.EqualTo($"'arn:aws:iam:eu-west-1:{Account}:role/x' has a region; IAM ARNs have none (arn:aws:iam::<account>:role/<name>)."));
            Assert.That(AwsNameRules.RoleArn("arn:aws:iam:::role/x", Account, "infrastructure account"),
                Is.EqualTo($"'arn:aws:iam:::role/x' is in account (empty), but the role must be in the infrastructure account {Account}."));
        });
    }

    [Test]
    public void A_kms_key_is_given_by_key_arn_word_for_word()
    {
        const string key = $"arn:aws:kms:eu-west-1:{Account}:key/k";
        Assert.Multiple(() =>
        {
            Assert.That(AwsNameRules.KmsKeyArn(key, Account, "eu-west-1"), Is.Null);
            Assert.That(AwsNameRules.KmsKeyArn("alias/build", Account, "eu-west-1"), Is.EqualTo(
                "'alias/build' is an alias name; an alias cannot be used from another account, so the key must be given by its key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)."));
            Assert.That(AwsNameRules.KmsKeyArn("build-key", Account, "eu-west-1"), Is.EqualTo(
                "'build-key' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)."));
            Assert.That(AwsNameRules.KmsKeyArn($"arn:aws:s3:eu-west-1:{Account}:key/k", Account, "eu-west-1"), Is.EqualTo(
                $"'arn:aws:s3:eu-west-1:{Account}:key/k' is not a KMS ARN (arn:aws:kms:<region>:<account>:key/<key-id>)."));
            Assert.That(AwsNameRules.KmsKeyArn($"arn:aws:kms:eu-west-1:{Account}:key/", Account, "eu-west-1"), Is.EqualTo(
                $"'arn:aws:kms:eu-west-1:{Account}:key/' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)."));
            Assert.That(AwsNameRules.KmsKeyArn($"arn:aws:kms:eu-west-1:{Account}:thing/key/k", Account, "eu-west-1"), Is.EqualTo(
                $"'arn:aws:kms:eu-west-1:{Account}:thing/key/k' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)."));
            Assert.That(AwsNameRules.KmsKeyArn(key, Account, "us-east-1"), Is.EqualTo(
                $"'{key}' is in region eu-west-1, but the environment deploys to us-east-1; the artifact bucket and its key must be in the stack's region."));
            Assert.That(AwsNameRules.KmsKeyArn(key, "222222222222", "eu-west-1"), Is.EqualTo(
                $"'{key}' is in account {Account}, but the artifact key must be in the infrastructure account 222222222222."));
        });
    }
}
