using System.Text.Json;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

internal static class AliasOperations
{
    public static readonly RestJsonOperation<GetAliasRequest, GetAliasResponse> GetAlias = new(
        "GET",
        "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
        (w, r) =>
        {
            w.Path("FunctionName", r.FunctionName);
            w.Path("Name", r.Name);
        },
        (x, r) => (r.AliasArn, r.Name, r.FunctionVersion, r.Description, r.RoutingConfig, r.RevisionId) = Read(x));

    public static readonly RestJsonOperation<UpdateAliasRequest, UpdateAliasResponse> UpdateAlias = new(
        "PUT",
        "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
        (w, r) =>
        {
            w.Path("FunctionName", r.FunctionName);
            w.Path("Name", r.Name);
            w.Body(json =>
            {
                json.Optional("FunctionVersion", r.FunctionVersion);
                json.Optional("Description", r.Description);
                json.Routing(r.RoutingConfig);
                json.Optional("RevisionId", r.RevisionId);
            });
        },
        (x, r) => (r.AliasArn, r.Name, r.FunctionVersion, r.Description, r.RoutingConfig, r.RevisionId) = Read(x));

    public static readonly RestJsonOperation<CreateAliasRequest, CreateAliasResponse> CreateAlias = new(
        "POST",
        "/2015-03-31/functions/{FunctionName}/aliases",
        (w, r) =>
        {
            w.Path("FunctionName", r.FunctionName);
            w.Body(json =>
            {
                json.Optional("Name", r.Name);
                json.Optional("FunctionVersion", r.FunctionVersion);
                json.Optional("Description", r.Description);
                json.Routing(r.RoutingConfig);
            });
        },
        (x, r) => (r.AliasArn, r.Name, r.FunctionVersion, r.Description, r.RoutingConfig, r.RevisionId) = Read(x));

    private static (string?, string?, string?, string?, AliasRoutingConfiguration?, string?) Read(JsonElement x) =>
        (x.Text("AliasArn"), x.Text("Name"), x.Text("FunctionVersion"), x.Text("Description"), x.Routing(), x.Text("RevisionId"));
}
