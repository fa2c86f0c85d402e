namespace Pipeline.LocalAws;

/// <summary>
/// The two accounts of a local rehearsal. moto maps any access key to 123456789012 and acts in the account
/// of an assumed role's ARN, so the runtime account is reached exactly as in AWS: by AssumeRole.
/// </summary>
public static class LocalAccounts
{
    public const string Infrastructure = "123456789012";
    public const string Runtime = "222222222222";
    public const string Region = "eu-west-1";

    // moto's documented test keys; never real credentials.
    public const string AccessKeyId = "testing";
    public const string SecretAccessKey = "testing";
}
