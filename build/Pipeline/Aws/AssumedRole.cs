namespace Pipeline.Aws;

/// <summary>The runtime identity after AssumeRole: clients for both identities, the refreshing credentials, and who we now are.</summary>
public sealed record AssumedRole(AwsClientFactory Clients, AssumedRoleCredentials Credentials, CallerIdentity Identity);
