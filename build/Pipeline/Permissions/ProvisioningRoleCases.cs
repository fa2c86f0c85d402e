using static Pipeline.Permissions.PermissionCaseTable;

namespace Pipeline.Permissions;

/// <summary>
/// What Terraform's runtime provider does as the provisioning role: the environment root's runtime-account
/// resources are the deploy and execution roles (aws_iam_role) and their inline policies (aws_iam_role_policy).
/// Each type's create, read, update and delete calls in the AWS provider are <see cref="Handlers"/>; every role the
/// root creates carries the boundary, so the calls that create or change a role's permissions carry it as
/// iam:PermissionsBoundary.
/// </summary>
public sealed class ProvisioningRoleCases(EnvironmentPrincipals env)
{
    /// <summary>Resource type of the environment root's runtime provider to the IAM actions the AWS provider calls for it.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Handlers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["aws_iam_role"] =
        [
            "iam:CreateRole", "iam:GetRole", "iam:TagRole", "iam:UntagRole", "iam:UpdateRole", "iam:UpdateRoleDescription",
            "iam:UpdateAssumeRolePolicy", "iam:PutRolePermissionsBoundary", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies",
            "iam:ListInstanceProfilesForRole", "iam:DeleteRole",
        ],
        ["aws_iam_role_policy"] = ["iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy"],
    };

    /// <summary>Actions IAM evaluates with iam:PermissionsBoundary set to the boundary the role gets or has.</summary>
    private static readonly HashSet<string> Bounded = new(StringComparer.Ordinal)
    {
        "iam:CreateRole", "iam:PutRolePermissionsBoundary", "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:AttachRolePolicy", "iam:DetachRolePolicy",
    };

    public IEnumerable<PermissionCase> Build()
    {
        var who = $"{env.Environment.Name} provisioning role";
        foreach (var role in new[] { ("deploy role", env.Deploy), ("execution role", env.Execution) })
        {
            foreach (var (type, actions) in Handlers)
            {
                foreach (var action in actions)
                {
                    var request = Bounded.Contains(action)
                        ? AccessRequest.Of(env.Provisioning, action, role.Item2, ("iam:PermissionsBoundary", env.Boundary))
                        : AccessRequest.Of(env.Provisioning, action, role.Item2);
                    yield return Allow(who, $"{type}: {action} on the {role.Item1}", request);
                }
            }
        }

        yield return Allow(who, "read the boundary policy (the roles name it)", AccessRequest.Of(env.Provisioning, "iam:GetPolicy", env.Boundary));
        yield return Deny(who, "create a role without the boundary", AccessRequest.Of(env.Provisioning, "iam:CreateRole", env.Deploy));
        yield return Deny(who, "create a role with another boundary", AccessRequest.Of(env.Provisioning, "iam:CreateRole", env.Deploy, ("iam:PermissionsBoundary", $"arn:aws:iam::{env.Runtime}:policy/anything-goes")));
        yield return Deny(who, "put an inline policy on a role without the boundary", AccessRequest.Of(env.Provisioning, "iam:PutRolePolicy", env.Deploy));
        yield return Deny(who, "remove a role's permissions boundary", AccessRequest.Of(env.Provisioning, "iam:DeleteRolePermissionsBoundary", env.Deploy));
        yield return Deny(who, "rewrite the boundary policy", AccessRequest.Of(env.Provisioning, "iam:CreatePolicyVersion", env.Boundary));
        yield return Deny(who, "add a policy to itself", AccessRequest.Of(env.Provisioning, "iam:PutRolePolicy", env.Provisioning, ("iam:PermissionsBoundary", env.Boundary)));
        yield return Deny(who, "create a role outside the environment's names", AccessRequest.Of(env.Provisioning, "iam:CreateRole", $"arn:aws:iam::{env.Runtime}:role/admin", ("iam:PermissionsBoundary", env.Boundary)));
        yield return Deny(who, "attach AdministratorAccess to a role", AccessRequest.Of(env.Provisioning, "iam:AttachRolePolicy", env.Deploy,
            ("iam:PolicyARN", "arn:aws:iam::aws:policy/AdministratorAccess")));
    }
}
