namespace Pipeline.Aws;

/// <summary>Who the AWS calls run as, from STS GetCallerIdentity. Holds no keys or tokens, so it is safe to print.</summary>
public sealed record CallerIdentity(string Account, string Arn, string UserId)
{
    public override string ToString() => $"{Arn} (account {Account})";
}
