using System.Text.Json.Serialization;

namespace Service.Model;

/// <summary>Source-generated serialization: no reflection, so trimming and cold starts stay cheap.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProxyRequest))]
[JsonSerializable(typeof(ProxyResponse))]
[JsonSerializable(typeof(HealthBody))]
[JsonSerializable(typeof(VersionBody))]
[JsonSerializable(typeof(GreetingRequest))]
[JsonSerializable(typeof(GreetingBody))]
[JsonSerializable(typeof(ErrorBody))]
public sealed partial class ServiceJsonContext : JsonSerializerContext;
