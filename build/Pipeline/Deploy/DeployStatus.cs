namespace Pipeline.Deploy;

public enum DeployStatus
{
    /// <summary>A change set was executed and the stack reached *_COMPLETE.</summary>
    Deployed,

    /// <summary>The stack already runs this template and these parameters.</summary>
    NoChanges,

    /// <summary>The template, the change set or the stack operation failed; see the failures.</summary>
    Failed,

    /// <summary>Nothing was attempted: the stack stayed busy with another operation past the wait bound.</summary>
    Refused,
}
