using System.Text.Json;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

internal static class ShapeReader
{
    public static FunctionConfiguration Configuration(JsonElement x) => new()
    {
        FunctionName = x.Text("FunctionName"),
        FunctionArn = x.Text("FunctionArn"),
        Version = x.Text("Version"),
        Description = x.Text("Description"),
        CodeSha256 = x.Text("CodeSha256"),
        CodeSize = x.Long("CodeSize"),
        Handler = x.Text("Handler"),
        Runtime = x.Text("Runtime"),
        LastModified = x.Text("LastModified"),
        RevisionId = x.Text("RevisionId"),
    };
}
