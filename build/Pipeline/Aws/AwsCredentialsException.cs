namespace Pipeline.Aws;

/// <summary>The AWS identity is missing, expired or refused; the message says what the user should do.</summary>
public sealed class AwsCredentialsException : Exception
{
    public const string Advice =
        "Configure credentials (`aws configure --profile <name>` and pass that profile), refresh an SSO session " +
        "(`aws sso login --profile <name>`), or rehearse against the local emulator with --aws=local.";

    public AwsCredentialsException(string message)
        : base(message)
    {
    }

    public AwsCredentialsException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
