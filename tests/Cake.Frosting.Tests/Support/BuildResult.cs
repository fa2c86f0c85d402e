namespace Cake.Frosting.Tests.Support;

internal sealed record BuildResult(int ExitCode, string Output, IReadOnlyList<string> Journal);
