using System.Text;
using System.Text.Json.Nodes;

namespace Orders;

internal static class Reply
{
    public static Stream Of(JsonNode reply) => new MemoryStream(Encoding.UTF8.GetBytes(reply.ToJsonString()));
}
