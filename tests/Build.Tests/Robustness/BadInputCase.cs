using System.Text.Json.Nodes;

namespace Build.Tests.Robustness;

/// <summary>
/// One row of the bad-input table: the arguments and environment of a build-host run that must fail before any AWS
/// request, and the substrings its single error message must contain (what, where, and the fix). In arguments and
/// environment values, {moto} is the test's emulator, {dir} the case's scratch folder and {config} the pipeline file
/// written there.
/// </summary>
public sealed record BadInputCase(string Name, string[] Arguments, params string[] Expected)
{
    /// <summary>Writes {config} from the repository's pipeline.json (paths made absolute) after this edit.</summary>
    public Action<JsonObject>? EditConfig { get; init; }

    /// <summary>Writes {config} with exactly this text.</summary>
    public string? ConfigText { get; init; }

    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Tools the case needs on this machine (the test is skipped locally, and fails in CI, without them).</summary>
    public string[] Tools { get; init; } = [];

    /// <summary>Tools taken off the child's PATH.</summary>
    public string[] HiddenTools { get; init; } = [];

    /// <summary>Prepares the scratch folder before the run (files the case needs).</summary>
    public Action<string>? Prepare { get; init; }

    /// <summary>Undoes what <see cref="Prepare"/> did that would stop the folder from being deleted.</summary>
    public Action<string>? Cleanup { get; init; }

    /// <summary>Runs the compiled host with the scratch folder as the repository root instead of ./build.sh in the repository.</summary>
    public bool ScratchRoot { get; init; }

    public override string ToString() => Name;
}
