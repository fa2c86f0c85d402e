namespace Service.Model;

/// <summary>An API Gateway proxy response: the body is itself a JSON document, carried as a string.</summary>
public sealed record ProxyResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public bool IsBase64Encoded => false;
}
