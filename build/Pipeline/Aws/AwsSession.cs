namespace Pipeline.Aws;

/// <summary>The starting identity, checked: clients for it and who it is (print <see cref="Identity"/> at the start of each AWS stage).</summary>
public sealed record AwsSession(AwsClientFactory Clients, CallerIdentity Identity);
