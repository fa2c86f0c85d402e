namespace Pipeline.Deploy;

/// <summary>How the deployer reads a stack status string.</summary>
internal static class StackStates
{
    public const string ReviewInProgress = "REVIEW_IN_PROGRESS";
    public const string RollbackComplete = "ROLLBACK_COMPLETE";
    public const string RollbackFailed = "ROLLBACK_FAILED";
    public const string DeleteComplete = "DELETE_COMPLETE";

    /// <summary>Another operation is running. REVIEW_IN_PROGRESS is not: it is a stack whose first change set never ran.</summary>
    public static bool IsBusy(string? status) =>
        status is not null && status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal) && status != ReviewInProgress;

    /// <summary>A failed first create: the stack cannot be updated, only deleted and created again.</summary>
    public static bool IsFailedFirstCreate(string? status) => status is RollbackComplete or RollbackFailed;

    public static bool IsSuccess(string? status) => status is "CREATE_COMPLETE" or "UPDATE_COMPLETE" or "IMPORT_COMPLETE";

    public static bool IsFailedEvent(string? status) => status is not null && status.EndsWith("_FAILED", StringComparison.Ordinal);
}
