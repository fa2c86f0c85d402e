namespace Cake.Frosting.Internal;

internal static class PlainOutput
{
    // CI logs (CodeBuild) capture redirected stdout; escape codes there are noise.
    public static bool IsRequested
        => Console.IsOutputRedirected
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
