using System.Text.RegularExpressions;

namespace Pipeline.Configuration;

/// <summary>The naming rules AWS enforces, checked locally. Each returns null when the value is fine, else the problem.</summary>
public static partial class AwsNameRules
{
    public static string? AccountId(string value) =>
        AccountPattern().IsMatch(value) ? null : $"'{value}' is not an AWS account id: it must be exactly 12 digits (it has {value.Length} characters).";

    public static string? StackName(string value) =>
        StackPattern().IsMatch(value) ? null : $"'{value}' is not a legal stack name: a letter, then up to 127 letters, digits or hyphens.";

    public static string? BucketName(string value)
    {
        if (value.Length is < 3 or > 63)
        {
            return $"'{value}' is not a legal S3 bucket name: it must be 3 to 63 characters long.";
        }

        if (!BucketPattern().IsMatch(value) || value.Contains("..", StringComparison.Ordinal))
        {
            return $"'{value}' is not a legal S3 bucket name: lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit.";
        }

        if (IpPattern().IsMatch(value) || value.StartsWith("xn--", StringComparison.Ordinal) || value.StartsWith("sthree-", StringComparison.Ordinal)
            || value.EndsWith("-s3alias", StringComparison.Ordinal) || value.EndsWith("--ol-s3", StringComparison.Ordinal))
        {
            return $"'{value}' is not a legal S3 bucket name: it looks like an IP address or uses a prefix/suffix S3 reserves.";
        }

        return null;
    }

    public static string? ExternalId(string value) =>
        ExternalIdPattern().IsMatch(value) ? null : "the external id must be 2 to 1224 characters of letters, digits and +=,.@:/-_ (the value is not shown).";

    public static string? RoleArn(string value, string expectedAccount, string accountKey) =>
        Arn.TryParse(value) is not { } arn ? $"'{value}' is not an ARN (arn:aws:iam::<account>:role/<name>)."
        : arn.Service != "iam" || !arn.Resource.StartsWith("role/", StringComparison.Ordinal) || arn.Resource.Length <= 5
            ? $"'{value}' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)."
        : arn.Region.Length != 0 ? $"'{value}' has a region; IAM ARNs have none (arn:aws:iam::<account>:role/<name>)."
        : arn.Account != expectedAccount ? $"'{value}' is in account {Show(arn.Account)}, but the role must be in the {accountKey} {expectedAccount}."
        : null;

    public static string? KmsKeyArn(string value, string expectedAccount, string region)
    {
        if (Arn.TryParse(value) is not { } arn)
        {
            return value.StartsWith("alias/", StringComparison.Ordinal)
                ? $"'{value}' is an alias name; an alias cannot be used from another account, so the key must be given by its key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)."
                : $"'{value}' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>).";
        }

        if (arn.Service != "kms")
        {
            return $"'{value}' is not a KMS ARN (arn:aws:kms:<region>:<account>:key/<key-id>).";
        }

        if (arn.Resource.StartsWith("alias/", StringComparison.Ordinal))
        {
            return $"'{value}' is an alias ARN; an alias cannot be used from another account, so give the key ARN (arn:aws:kms:<region>:<account>:key/<key-id>).";
        }

        if (!arn.Resource.StartsWith("key/", StringComparison.Ordinal) || arn.Resource.Length <= 4)
        {
            return $"'{value}' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>).";
        }

        if (arn.Account != expectedAccount)
        {
            return $"'{value}' is in account {Show(arn.Account)}, but the artifact key must be in the infrastructure account {expectedAccount}.";
        }

        return arn.Region != region
            ? $"'{value}' is in region {Show(arn.Region)}, but the environment deploys to {region}; the artifact bucket and its key must be in the stack's region."
            : null;
    }

    private static string Show(string value) => value.Length == 0 ? "(empty)" : value;

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,127}$")]
    private static partial Regex StackPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*[a-z0-9]$")]
    private static partial Regex BucketPattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+\.\d+$")]
    private static partial Regex IpPattern();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();
}
