namespace Pipeline.Deploy;

public enum DeleteStatus
{
    Deleted,

    /// <summary>There was no such stack: nothing to do.</summary>
    NotFound,

    Failed,

    Refused,
}
