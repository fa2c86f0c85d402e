namespace Pipeline.Permissions;

/// <summary>
/// Turns a handler permission into the request CloudFormation (or drift detection) makes for the Lambda stack:
/// the ARN the template's names give (function and log group named after the stack, the role as CloudFormation
/// generates it) and the condition keys that request carries. Actions IAM authorizes only on "*" get "*".
/// </summary>
public sealed class HandlerRequests(EnvironmentPrincipals env, string packageKey)
{
    /// <summary>The permissions boundary the stack's roles carry, when the template sets one.</summary>
    public string? Boundary { get; init; }

    /// <summary>The request for one handler permission of a template resource; the resource's own name gives its ARN.</summary>
    public AccessRequest For(string principal, string permission, string stack, TemplateResource resource)
    {
        var alarm = resource.Type == "AWS::CloudWatch::Alarm" ? Alarm(resource.NameIn(stack)) : null;
        return For(principal, permission, stack, alarm);
    }

    private AccessRequest For(string principal, string permission, string stack, string? alarm)
    {
        var (service, action) = (permission.Split(':')[0], permission.Split(':')[1]);
        var context = new List<(string, string)>();
        switch (service)
        {
            case "iam" when action == "PassRole":
                context.Add(("iam:PassedToService", "lambda.amazonaws.com"));
                break;
            case "iam" when Boundary is not null && BoundaryScoped.Contains(action):
                context.Add(("iam:PermissionsBoundary", Boundary));
                break;
            case "kms":
                context.AddRange(PermissionCaseTable.ViaS3(env, principal.Split(':')[4]));
                break;
        }

        return AccessRequest.Of(principal, permission, service == "cloudwatch" && alarm is not null ? alarm : Resource(service, action, stack), [.. context]);
    }

    /// <summary>IAM role actions that carry iam:PermissionsBoundary: the boundary of the role they change.</summary>
    public static readonly IReadOnlySet<string> BoundaryScoped = new HashSet<string>(StringComparer.Ordinal)
    {
        "CreateRole", "PutRolePolicy", "DeleteRolePolicy", "AttachRolePolicy", "DetachRolePolicy", "PutRolePermissionsBoundary",
    };

    public string FunctionRole(string stack) => $"arn:aws:iam::{env.Runtime}:role/{stack}-ExecutionRole-AbCdEfGh1234";

    public string Alarm(string name) => $"arn:aws:cloudwatch:{env.Region}:{env.Runtime}:alarm:{name}";

    private string Resource(string service, string action, string stack) => service switch
    {
        "lambda" when action is "GetCodeSigningConfig" or "GetLayerVersion" or "ListFunctions" => "*",
        "lambda" => $"arn:aws:lambda:{env.Region}:{env.Runtime}:function:{stack}",
        "iam" => FunctionRole(stack),
        "logs" when action is "DescribeLogGroups" => "*",
        "logs" => $"arn:aws:logs:{env.Region}:{env.Runtime}:log-group:/aws/lambda/{stack}",
        "s3" => env.Object(packageKey),
        "kms" => env.Key,
        "cloudwatch" => throw new InvalidOperationException($"cloudwatch:{action} is asked by no AWS::CloudWatch::Alarm resource; its alarm is unknown."),
        _ => "*",
    };
}
