using System.Text.Json.Nodes;

namespace Orders;

/// <summary>The HTTP function (handler <c>Orders::Orders.Api::HandleAsync</c>): answers an API Gateway proxy event.</summary>
public sealed class Api
{
    public async Task<Stream> HandleAsync(Stream input)
    {
        var request = await JsonNode.ParseAsync(input).ConfigureAwait(false);
        var path = request?["path"]?.GetValue<string>() ?? "/";
        var body = new JsonObject { ["service"] = "orders", ["path"] = path };
        return Reply.Of(new JsonObject { ["statusCode"] = path == "/orders" ? 200 : 404, ["body"] = body.ToJsonString() });
    }
}
