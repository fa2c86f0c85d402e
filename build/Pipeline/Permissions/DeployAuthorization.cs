using System.Text.Json.Nodes;
using System.Web;
using Pipeline.LocalAws;

namespace Pipeline.Permissions;

/// <summary>One IAM authorization a recorded request needs: who signed it (by session), the action, the resource and its condition keys.</summary>
public sealed record DeployCall(bool ByDeployRole, string Action, string Resource, IReadOnlyList<(string Key, string Value)> Context, string Shown);

/// <summary>
/// How IAM authorizes each request of the recorded deploy stage. The query protocol (CloudFormation, STS,
/// CloudWatch) names its action in the form body's Action= and its service by Version=; Lambda's REST API by
/// path and method. A request shape not listed here fails, naming it, so a new call is never dropped.
/// </summary>
public static class DeployAuthorization
{
    /// <summary>Calls IAM authorizes on no resource and no policy can deny (sts:GetCallerIdentity).</summary>
    public static readonly IReadOnlySet<string> Unauthorized = new HashSet<string>(StringComparer.Ordinal) { "sts:GetCallerIdentity" };

    private static readonly IReadOnlySet<string> CloudFormationOnStar = new HashSet<string>(StringComparer.Ordinal) { "DescribeStackDriftDetectionStatus" };

    public static IEnumerable<DeployCall> Map(DeployRecording.Recording recording) => recording.Requests.SelectMany(request =>
    {
        var byDeployRole = request.AccessKey == recording.SessionAccessKey
            || (request.AccessKey == recording.InfrastructureAccessKey ? false
                : throw new InvalidOperationException($"Recorded {request.Shown} was signed with {request.AccessKey}, neither the push build's key nor the deploy role's session."));
        var shown = request.Url.AbsolutePath == "/" ? $"{request.Method} / Action={HttpUtility.ParseQueryString(request.Body)["Action"]}" : request.Shown;
        return Map(request).Select(c => new DeployCall(byDeployRole, c.Action, c.Resource, c.Context, shown));
    });

    public static IEnumerable<(string Action, string Resource, IReadOnlyList<(string, string)> Context)> Map(RecordedRequest request) =>
        request.Url.AbsolutePath.StartsWith("/2015-03-31/functions/", StringComparison.Ordinal) ? [Lambda(request)] : Query(request);

    private static IEnumerable<(string, string, IReadOnlyList<(string, string)>)> Query(RecordedRequest request)
    {
        var form = request.Method == "POST" ? HttpUtility.ParseQueryString(request.Body) : null;
        var (action, version) = (form?["Action"], form?["Version"]);
        var prefix = $"arn:aws:{{0}}:{LocalAccounts.Region}:{LocalAccounts.Runtime}:";
        switch (version, action)
        {
            case ("2011-06-15", "GetCallerIdentity"):
                yield break;
            case ("2011-06-15", "AssumeRole"):
                yield return ("sts:AssumeRole", form!["RoleArn"]!, []);
                yield break;
            case ("2010-08-01", "DescribeAlarms"):
                foreach (var name in form!.AllKeys.Where(k => k!.StartsWith("AlarmNames.member.", StringComparison.Ordinal)).Select(k => form[k]))
                {
                    yield return ("cloudwatch:DescribeAlarms", string.Format(null, prefix, "cloudwatch") + "alarm:" + name, []);
                }

                yield break;
            case ("2010-05-15", { } cloudFormation) when DeployRoleCases.StackActions.Contains(cloudFormation) || CloudFormationOnStar.Contains(cloudFormation):
                var stack = form!["StackName"];
                yield return ("cloudformation:" + cloudFormation, CloudFormationOnStar.Contains(cloudFormation) || stack is null ? "*" : StackArn(stack), []);
                if (form["RoleARN"] is { } role)
                {
                    yield return ("iam:PassRole", role, [("iam:PassedToService", "cloudformation.amazonaws.com")]);
                }

                yield break;
            default:
                throw new InvalidOperationException($"No IAM mapping for the recorded request {request.Shown} (Action={action}, Version={version}); add it to {nameof(DeployAuthorization)}.");
        }
    }

    private static string StackArn(string nameOrId) => nameOrId.StartsWith("arn:", StringComparison.Ordinal)
        ? nameOrId
        : $"arn:aws:cloudformation:{LocalAccounts.Region}:{LocalAccounts.Runtime}:stack/{nameOrId}/*";

    private static (string, string, IReadOnlyList<(string, string)>) Lambda(RecordedRequest request)
    {
        var path = request.Url.AbsolutePath["/2015-03-31/functions/".Length..].Split('/');
        var function = $"arn:aws:lambda:{LocalAccounts.Region}:{LocalAccounts.Runtime}:function:{Uri.UnescapeDataString(path[0])}";
        var qualifier = HttpUtility.ParseQueryString(request.Url.Query)["Qualifier"];
        var (action, resource) = (request.Method, path.Length > 1 ? path[1] : string.Empty, path.Length) switch
        {
            ("GET", "configuration", 2) => ("GetFunctionConfiguration", qualifier is null ? function : $"{function}:{qualifier}"),
            ("GET", "versions", 2) => ("ListVersionsByFunction", function),
            ("POST", "versions", 2) => ("PublishVersion", function),
            ("GET", "aliases", 3) => ("GetAlias", $"{function}:{path[2]}"),
            ("PUT", "aliases", 3) => ("UpdateAlias", $"{function}:{path[2]}"),
            ("POST", "aliases", 2) => ("CreateAlias", $"{function}:{JsonNode.Parse(request.Body)!["Name"]!.GetValue<string>()}"),
            ("POST", "invocations", 2) => ("InvokeFunction", qualifier is null ? function : $"{function}:{qualifier}"),
            _ => throw new InvalidOperationException($"No IAM mapping for the recorded Lambda request {request.Shown}; add it to {nameof(DeployAuthorization)}."),
        };
        return ("lambda:" + action, resource, []);
    }
}
