namespace Pipeline.LocalAws;

/// <summary>
/// The local emulator's identities. moto's test keys act in <see cref="Administrator"/>; every other account is
/// reached as on AWS, by AssumeRole (moto acts in the account of the assumed role's ARN). A rehearsal keeps the
/// accounts pipeline.json names; <see cref="Infrastructure"/> and <see cref="Runtime"/> are the sample's preprod pair.
/// </summary>
public static class LocalAccounts
{
    public const string Administrator = "123456789012";
    public const string Infrastructure = "111111111111";
    public const string Runtime = "222222222222";
    public const string Region = "eu-west-1";

    /// <summary>Role the rehearsal's administrator assumes in each account (the organization's own administrator role on AWS).</summary>
    public const string AdministratorRole = "OrganizationAccountAccessRole";

    // moto's documented test keys; never real credentials.
    public const string AccessKeyId = "testing";
    public const string SecretAccessKey = "testing";
}
