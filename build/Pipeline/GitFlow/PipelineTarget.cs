namespace Pipeline.GitFlow;

/// <summary>What a run may do; each value maps to one Cake target.</summary>
public enum PipelineTarget
{
    /// <summary>Build, test, package and check; never uploads or deploys.</summary>
    PullRequest,
    DeployPreprod,
    DeployProd,
    DeployEphemeral,
    DestroyEphemeral,
    DestroyEnvironment,

    /// <summary>Points an environment's alias back at an earlier Lambda version; no build, no stack change.</summary>
    Rollback,
}
