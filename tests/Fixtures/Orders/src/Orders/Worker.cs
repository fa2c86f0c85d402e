using System.Text.Json.Nodes;

namespace Orders;

/// <summary>The queue function (handler <c>Orders::Orders.Worker::HandleAsync</c>): reports the SQS records it could not take.</summary>
public sealed class Worker
{
    public async Task<Stream> HandleAsync(Stream input)
    {
        var batch = await JsonNode.ParseAsync(input).ConfigureAwait(false);
        var failures = new JsonArray();
        foreach (var record in batch?["Records"]?.AsArray() ?? [])
        {
            if (record?["body"]?.GetValue<string>() is not { Length: > 0 })
            {
                failures.Add(new JsonObject { ["itemIdentifier"] = record?["messageId"]?.GetValue<string>() });
            }
        }

        return Reply.Of(new JsonObject { ["batchItemFailures"] = failures });
    }
}
