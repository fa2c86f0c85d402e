using System.Text.Json;
using Service.Model;
using Service.Routing;

namespace Service;

/// <summary>
/// The Lambda entry point (handler <c>Service::Service.Function::HandleAsync</c>). Stream in and Stream out is
/// the one contract the managed runtime accepts without Amazon.Lambda.Core or a registered serializer.
/// </summary>
public sealed class Function
{
    private readonly Router router;

    public Function()
        : this(ServiceInfo.Current())
    {
    }

    public Function(ServiceInfo info)
    {
        router = new Router(info);
    }

    public async Task<Stream> HandleAsync(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ProxyResponse response;
        try
        {
            var request = await JsonSerializer.DeserializeAsync(input, ServiceJsonContext.Default.ProxyRequest).ConfigureAwait(false);
            response = request is null
                ? Responses.Error(400, "bad_request", "The event is empty; send an API Gateway proxy event.")
                : router.Route(request);
        }
        catch (JsonException)
        {
            response = Responses.Error(400, "bad_request", "The event is not valid JSON; send an API Gateway proxy event.");
        }

        var output = new MemoryStream();
        await JsonSerializer.SerializeAsync(output, response, ServiceJsonContext.Default.ProxyResponse).ConfigureAwait(false);
        output.Position = 0;
        return output;
    }
}
