using Amazon;
using Amazon.Lambda;
using Amazon.Lambda.Model;
using Amazon.Runtime;

namespace Pipeline.Tests.Release;

/// <summary>A Lambda client whose versions and alias live in memory; only the calls the release makes are overridden.</summary>
internal sealed class FakeLambda() : AmazonLambdaClient(new AnonymousAWSCredentials(), RegionEndpoint.EUWest1)
{
    public List<FunctionConfiguration> Versions { get; } = [];

    public FunctionConfiguration Latest { get; set; } = new() { Version = "$LATEST", CodeSha256 = "code-1", Description = "1.0.0 (abc1234)" };

    public GetAliasResponse? Alias { get; set; }

    /// <summary>Every alias change: the main version and the extra version's share.</summary>
    public List<(string Version, IReadOnlyDictionary<string, double> Weights)> AliasHistory { get; } = [];

    public int Published { get; private set; }

    /// <summary>What Invoke answers; every call is recorded.</summary>
    public InvokeResponse InvokeAnswer { get; set; } = new() { StatusCode = 200, Payload = new MemoryStream("{\"statusCode\":200}"u8.ToArray()) };

    public List<InvokeRequest> Invocations { get; } = [];

    public void AddVersions(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Versions.Add(new FunctionConfiguration { Version = $"{Versions.Count + 1}", CodeSha256 = $"old-{i}", Description = $"old {i}" });
        }
    }

    public void PointAlias(string version, string? description = null) =>
        Alias = new GetAliasResponse { Name = "live", FunctionVersion = version, Description = description, RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = [] } };

    public override Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(GetFunctionConfigurationRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GetFunctionConfigurationResponse { Version = "$LATEST", CodeSha256 = Latest.CodeSha256, Description = Latest.Description });

    public override Task<ListVersionsByFunctionResponse> ListVersionsByFunctionAsync(ListVersionsByFunctionRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ListVersionsByFunctionResponse { Versions = [Latest, .. Versions] });

    public override Task<PublishVersionResponse> PublishVersionAsync(PublishVersionRequest request, CancellationToken cancellationToken = default)
    {
        Published++;
        var version = new FunctionConfiguration { Version = $"{Versions.Count + 1}", CodeSha256 = request.CodeSha256, Description = request.Description };
        Versions.Add(version);
        return Task.FromResult(new PublishVersionResponse { Version = version.Version, CodeSha256 = version.CodeSha256 });
    }

    public override Task<GetAliasResponse> GetAliasAsync(GetAliasRequest request, CancellationToken cancellationToken = default) =>
        Alias is null
            ? throw new ResourceNotFoundException($"Alias not found: {request.Name}")
            : Task.FromResult(Alias);

    public override Task<CreateAliasResponse> CreateAliasAsync(CreateAliasRequest request, CancellationToken cancellationToken = default)
    {
        PointAlias(request.FunctionVersion!, request.Description);
        AliasHistory.Add((request.FunctionVersion!, new Dictionary<string, double>()));
        return Task.FromResult(new CreateAliasResponse { Name = request.Name, FunctionVersion = request.FunctionVersion });
    }

    public override Task<UpdateAliasResponse> UpdateAliasAsync(UpdateAliasRequest request, CancellationToken cancellationToken = default)
    {
        var weights = request.RoutingConfig?.AdditionalVersionWeights ?? Alias!.RoutingConfig?.AdditionalVersionWeights ?? [];
        Alias = new GetAliasResponse
        {
            Name = request.Name,
            FunctionVersion = request.FunctionVersion ?? Alias!.FunctionVersion,
            Description = request.Description ?? Alias!.Description,
            RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = new(weights) },
        };
        AliasHistory.Add((Alias.FunctionVersion!, new Dictionary<string, double>(weights)));
        return Task.FromResult(new UpdateAliasResponse { Name = request.Name, FunctionVersion = Alias.FunctionVersion });
    }

    public override Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default)
    {
        Invocations.Add(request);
        return Task.FromResult(InvokeAnswer);
    }
}
