using Amazon.Lambda.Model;
using Amazon.Runtime;

namespace Amazon.Lambda;

/// <summary>The Lambda operations this stand-in carries, with the real SDK's names and shapes.</summary>
public interface IAmazonLambda : IAmazonService, IDisposable
{
    Task<PublishVersionResponse> PublishVersionAsync(PublishVersionRequest request, CancellationToken cancellationToken = default);

    Task<GetFunctionConfigurationResponse> GetFunctionConfigurationAsync(GetFunctionConfigurationRequest request, CancellationToken cancellationToken = default);

    Task<ListVersionsByFunctionResponse> ListVersionsByFunctionAsync(ListVersionsByFunctionRequest request, CancellationToken cancellationToken = default);

    Task<GetAliasResponse> GetAliasAsync(GetAliasRequest request, CancellationToken cancellationToken = default);

    Task<CreateAliasResponse> CreateAliasAsync(CreateAliasRequest request, CancellationToken cancellationToken = default);

    Task<UpdateAliasResponse> UpdateAliasAsync(UpdateAliasRequest request, CancellationToken cancellationToken = default);

    Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default);

    static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonLambdaConfig();

    static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) =>
        new AmazonLambdaClient(awsCredentials, (AmazonLambdaConfig)clientConfig);
}
