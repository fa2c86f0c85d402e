namespace Pipeline.Deploy;

public enum DriftCheckStatus
{
    InSync,
    Drifted,

    /// <summary>The endpoint has no drift detection (moto); says nothing about the stack.</summary>
    NotSupported,

    /// <summary>There is no such stack yet (first deployment): nothing can have drifted.</summary>
    NoStack,

    /// <summary>Detection ran but could not finish (DETECTION_FAILED, timeout).</summary>
    Failed,

    /// <summary>The caller lacks a permission drift detection needs; the message names it. Says nothing about the stack.</summary>
    AccessDenied,
}
