using System.Text.Json.Nodes;

namespace Pipeline.Permissions;

/// <summary>An IAM role as Terraform creates it: trust policy, identity policies and permissions boundary.</summary>
public sealed record RenderedRole(string Arn, string Name, JsonNode Trust)
{
    public string Account => Arn.Split(':')[4];

    public List<NamedPolicy> Policies { get; } = [];

    public string? BoundaryArn { get; set; }
}

/// <summary>A policy document with the name the report shows for it.</summary>
public sealed record NamedPolicy(string Name, JsonNode Document);
