namespace Pipeline.Release;

public enum ReleaseStatus
{
    /// <summary>The alias did not exist: it was created on the new version (nothing to shift from).</summary>
    FirstRelease,

    /// <summary>The alias already served this version alone: nothing moved.</summary>
    Unchanged,

    /// <summary>The new version took all traffic with every alarm quiet.</summary>
    Completed,

    /// <summary>An alarm fired: the alias went back to the previous version.</summary>
    RolledBack,
}
