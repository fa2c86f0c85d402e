namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

internal static class VersionOperations
{
    public static readonly RestJsonOperation<PublishVersionRequest, PublishVersionResponse> PublishVersion = new(
        "POST",
        "/2015-03-31/functions/{FunctionName}/versions",
        (w, r) =>
        {
            w.Path("FunctionName", r.FunctionName);
            w.Body(json =>
            {
                json.Optional("CodeSha256", r.CodeSha256);
                json.Optional("Description", r.Description);
                json.Optional("RevisionId", r.RevisionId);
            });
        },
        (x, r) =>
        {
            var c = ShapeReader.Configuration(x);
            (r.FunctionName, r.FunctionArn, r.Version, r.Description, r.CodeSha256) = (c.FunctionName, c.FunctionArn, c.Version, c.Description, c.CodeSha256);
            (r.CodeSize, r.Handler, r.Runtime, r.LastModified, r.RevisionId) = (c.CodeSize, c.Handler, c.Runtime, c.LastModified, c.RevisionId);
        });

    public static readonly RestJsonOperation<GetFunctionConfigurationRequest, GetFunctionConfigurationResponse> GetFunctionConfiguration = new(
        "GET",
        "/2015-03-31/functions/{FunctionName}/configuration",
        (w, r) =>
        {
            w.Path("FunctionName", r.FunctionName);
            w.Query("Qualifier", r.Qualifier);
        },
        (x, r) =>
        {
            var c = ShapeReader.Configuration(x);
            (r.FunctionName, r.FunctionArn, r.Version, r.Description, r.CodeSha256) = (c.FunctionName, c.FunctionArn, c.Version, c.Description, c.CodeSha256);
            (r.CodeSize, r.Handler, r.Runtime, r.LastModified, r.RevisionId) = (c.CodeSize, c.Handler, c.Runtime, c.LastModified, c.RevisionId);
        });

    public static readonly RestJsonOperation<ListVersionsByFunctionRequest, ListVersionsByFunctionResponse> ListVersionsByFunction = new(
        "GET",
        "/2015-03-31/functions/{FunctionName}/versions",
        (w, r) =>
        {
            w.Path("FunctionName", r.FunctionName);
            w.Query("Marker", r.Marker);
            w.Query("MaxItems", r.MaxItems);
        },
        (x, r) =>
        {
            r.Versions = x.List("Versions", ShapeReader.Configuration);
            r.NextMarker = x.Text("NextMarker");
        });
}
