namespace Pipeline.GitFlow;

/// <summary>
/// Decides, before any AWS call, which target a run may do. <see cref="Choose"/> picks the target CI runs for an
/// event; <see cref="Authorize"/> checks a target someone asked for. Tags only build and check: deployments follow
/// branches, so a release is deployed by merging to master, and tagging can never redeploy an old commit.
/// </summary>
public sealed class GitFlowPolicy
{
    public TargetDecision Choose(GitFlowInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var branch = GitFlowBranches.Normalize(input.Branch);
        return input.Event switch
        {
            GitEvent.PullRequest => TargetDecision.Allow(PipelineTarget.PullRequest, $"{input}: pull requests are checked, never deployed."),
            GitEvent.Tag => TargetDecision.Allow(PipelineTarget.PullRequest, $"{input}: tags are built and checked; deployments follow branches."),
            GitEvent.Push when GitFlowBranches.IsDevelop(branch) => TargetDecision.Allow(PipelineTarget.DeployPreprod, $"{input}: develop deploys preprod."),
            GitEvent.Push when GitFlowBranches.IsProduction(branch) => TargetDecision.Allow(PipelineTarget.DeployProd, $"{input}: {branch} deploys prod."),
            GitEvent.Push when GitFlowBranches.IsFeature(branch) => TargetDecision.Allow(PipelineTarget.PullRequest, $"{input}: feature branches are checked; ask for DeployEphemeral to get a stack."),
            GitEvent.Push => TargetDecision.Allow(PipelineTarget.PullRequest, $"{input}: release, hotfix and other branches are checked, not deployed."),
            _ => TargetDecision.Allow(PipelineTarget.PullRequest, $"{input}: a run without a target only builds and checks."),
        };
    }

    public TargetDecision Authorize(GitFlowInput input, TargetRequest request)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(request);
        var target = request.Target;
        if (target != PipelineTarget.PullRequest && input.Event == GitEvent.PullRequest)
        {
            return TargetDecision.Refuse(target, $"{input}: pull-request builds never change AWS.", "Merge the pull request; the push build deploys.");
        }

        if (target != PipelineTarget.PullRequest && input.Event == GitEvent.Tag)
        {
            return TargetDecision.Refuse(target, $"{input}: tag builds never change AWS.", "Deploy by pushing (merging) to the environment's branch.");
        }

        return target switch
        {
            PipelineTarget.PullRequest => TargetDecision.Allow(target, $"{input}: build and check only."),
            PipelineTarget.DeployPreprod => DeployPreprod(input, request),
            PipelineTarget.DeployProd => DeployProd(input, request),
            PipelineTarget.DeployEphemeral or PipelineTarget.DestroyEphemeral => Ephemeral(input, target),
            PipelineTarget.DestroyEnvironment => DestroyEnvironment(input, request),
            PipelineTarget.Rollback => Rollback(input, request),
            _ => throw new ArgumentOutOfRangeException(nameof(request), target, "Unknown target."),
        };
    }

    private static TargetDecision DeployPreprod(GitFlowInput input, TargetRequest request)
    {
        if (GitFlowBranches.IsDevelop(input.Branch))
        {
            return TargetDecision.Allow(PipelineTarget.DeployPreprod, $"{input}: develop deploys preprod.");
        }

        if (input.Event == GitEvent.Manual && (!request.RealAws || request.Confirmed))
        {
            var where = request.RealAws ? "confirmed run against real AWS" : "local emulator";
            return TargetDecision.Allow(PipelineTarget.DeployPreprod, $"{input}: {where}, any branch may rehearse preprod.");
        }

        return input.Event == GitEvent.Manual
            ? TargetDecision.Refuse(PipelineTarget.DeployPreprod, $"{input}: only {GitFlowBranches.Develop} deploys preprod to real AWS.", $"Check out {GitFlowBranches.Develop}, or pass --confirm to deploy '{input.Branch}' to preprod on purpose.")
            : TargetDecision.Refuse(PipelineTarget.DeployPreprod, $"{input}: only pushes to {GitFlowBranches.Develop} deploy preprod.", $"Merge into {GitFlowBranches.Develop}.");
    }

    private static TargetDecision DeployProd(GitFlowInput input, TargetRequest request)
    {
        if (!GitFlowBranches.IsProduction(input.Branch))
        {
            return TargetDecision.Refuse(PipelineTarget.DeployProd, $"{input}: only {GitFlowBranches.Master} or {GitFlowBranches.Main} deploys prod.", $"Merge a release into {GitFlowBranches.Master} (or {GitFlowBranches.Main}) and deploy from there.");
        }

        if (input.Event == GitEvent.Manual && request.RealAws && !request.Confirmed)
        {
            return TargetDecision.Refuse(PipelineTarget.DeployProd, $"{input}: a local run against the real prod account needs an explicit confirmation.", "Pass --confirm if you mean to deploy prod from this machine; CodeBuild deploys it on every push.");
        }

        return TargetDecision.Allow(PipelineTarget.DeployProd, $"{input}: {GitFlowBranches.Normalize(input.Branch)} deploys prod.");
    }

    private static TargetDecision Ephemeral(GitFlowInput input, PipelineTarget target) =>
        GitFlowBranches.IsFeature(input.Branch)
            ? TargetDecision.Allow(target, $"{input}: feature branches may have their own stack.")
            : TargetDecision.Refuse(target, $"{input}: only {GitFlowBranches.FeaturePrefix}* branches have ephemeral stacks.", $"Run from a {GitFlowBranches.FeaturePrefix}<name> branch.");

    private static TargetDecision Rollback(GitFlowInput input, TargetRequest request)
    {
        if (input.Event != GitEvent.Manual)
        {
            return TargetDecision.Refuse(PipelineTarget.Rollback, $"{input}: CI never rolls an environment back on its own.", "Run --target=Rollback --env=NAME by hand; a failed release already rolled itself back.");
        }

        return request.RealAws && request.ProtectedEnvironment && !request.Confirmed
            ? TargetDecision.Refuse(PipelineTarget.Rollback, $"{input}: rolling back production from a machine needs an explicit confirmation.", "Pass --confirm if you mean to move prod's alias from this machine.")
            : TargetDecision.Allow(PipelineTarget.Rollback, $"{input}: rollback requested by hand.");
    }

    private static TargetDecision DestroyEnvironment(GitFlowInput input, TargetRequest request)
    {
        if (input.Event != GitEvent.Manual)
        {
            return TargetDecision.Refuse(PipelineTarget.DestroyEnvironment, $"{input}: CI never destroys a long-lived environment.", "Run DestroyEnvironment by hand, from a machine with access.");
        }

        if (request.ProtectedEnvironment && !request.Confirmed)
        {
            return TargetDecision.Refuse(PipelineTarget.DestroyEnvironment, $"{input}: destroying a production environment needs an explicit confirmation.", "Pass --confirm if you really mean to delete prod.");
        }

        return TargetDecision.Allow(PipelineTarget.DestroyEnvironment, $"{input}: destroy requested by hand.");
    }
}
