using static Pipeline.Permissions.PermissionCaseTable;

namespace Pipeline.Permissions;

/// <summary>
/// What CloudFormation does as the execution role: every handler permission (create, update, delete, and read
/// for rollback and drift) of every resource in the template, on each stack the environment deploys; and the
/// IAM writes that would let a deployer escalate, which it must never get.
/// </summary>
public sealed class ExecutionRoleCases(EnvironmentPrincipals env, IReadOnlyList<TemplateResource> template, HandlerRequests handlers, IEnumerable<(string Name, string Label, bool Ephemeral)> stacks)
{
    public IEnumerable<PermissionCase> Build()
    {
        var who = $"{env.Environment.Name} execution role";
        foreach (var stack in stacks)
        {
            foreach (var resource in template)
            {
                var byPermission = resource.Handlers
                    .SelectMany(h => h.Value.Select(permission => (permission, operation: h.Key)))
                    .GroupBy(p => p.permission, StringComparer.Ordinal);
                foreach (var group in byPermission)
                {
                    var operations = string.Join("/", group.Select(g => g.operation));
                    yield return Allow(who, $"{operations} {resource.LogicalId} ({resource.Type}) of {stack.Label}", handlers.For(env.Execution, group.Key, stack.Name, resource));
                }
            }
        }

        var role = handlers.FunctionRole(env.Environment.StackName);
        yield return Allow(who, $"trust: CloudFormation assumes it for a stack of {env.Runtime}", AccessRequest.Of(
            "cloudformation.amazonaws.com", "sts:AssumeRole", env.Execution, ("aws:SourceAccount", env.Runtime)));
        yield return Deny(who, "trust: CloudFormation assumes it for another account's stack (confused deputy)", AccessRequest.Of(
            "cloudformation.amazonaws.com", "sts:AssumeRole", env.Execution, ("aws:SourceAccount", Intruder.Split(':')[4])));
        yield return Deny(who, "create a role without the permissions boundary", AccessRequest.Of(env.Execution, "iam:CreateRole", role));
        yield return Deny(who, "create a role with another boundary", AccessRequest.Of(env.Execution, "iam:CreateRole", role, ("iam:PermissionsBoundary", $"arn:aws:iam::{env.Runtime}:policy/anything-goes")));
        yield return Deny(who, "attach AdministratorAccess to a stack role", AccessRequest.Of(env.Execution, "iam:AttachRolePolicy", role,
            ("iam:PolicyARN", "arn:aws:iam::aws:policy/AdministratorAccess"), ("iam:PermissionsBoundary", handlers.Boundary ?? string.Empty)));
        yield return Deny(who, "remove a stack role's permissions boundary", AccessRequest.Of(env.Execution, "iam:DeleteRolePermissionsBoundary", role));
        yield return Deny(who, "create a stack role with the pipeline roles' boundary", AccessRequest.Of(env.Execution, "iam:CreateRole", role, ("iam:PermissionsBoundary", env.Boundary)));
        yield return Deny(who, "put an inline policy on a role with the pipeline roles' boundary", AccessRequest.Of(env.Execution, "iam:PutRolePolicy", role, ("iam:PermissionsBoundary", env.Boundary)));
        yield return Deny(who, "rewrite the deploy role's trust", AccessRequest.Of(env.Execution, "iam:UpdateAssumeRolePolicy", env.Deploy));
        yield return Deny(who, "rewrite the Terraform role's trust", AccessRequest.Of(env.Execution, "iam:UpdateAssumeRolePolicy", env.Provisioning));
        yield return Deny(who, "delete the Terraform role", AccessRequest.Of(env.Execution, "iam:DeleteRole", env.Provisioning));
        yield return Deny(who, "delete the deploy role", AccessRequest.Of(env.Execution, "iam:DeleteRole", env.Deploy));
        yield return Deny(who, "add a policy to its own role", AccessRequest.Of(env.Execution, "iam:PutRolePolicy", env.Execution, ("iam:PermissionsBoundary", handlers.Boundary ?? string.Empty)));
        yield return Deny(who, "pass a stack role to a service other than Lambda", AccessRequest.Of(env.Execution, "iam:PassRole", role, ("iam:PassedToService", "ec2.amazonaws.com")));
    }
}
