namespace Service.Model;

/// <summary>The parts of an API Gateway (REST, payload 1.0) proxy event the function reads.</summary>
public sealed record ProxyRequest
{
    public string? HttpMethod { get; init; }

    public string? Path { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public string? Body { get; init; }

    public bool IsBase64Encoded { get; init; }
}
