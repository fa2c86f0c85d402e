using Pipeline.LocalAws;

namespace TestSupport;

/// <summary>
/// One moto_server per test assembly, reset between tests. Use from a [SetUpFixture] or fixture:
/// <c>var moto = await Moto.SharedAsync();</c>.
/// </summary>
public static class Moto
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MotoServer? server;

    public static async Task<MotoServer> SharedAsync()
    {
        LocalTools.Require(MotoServer.Executable);
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (server is null)
            {
                server = await MotoServer.StartAsync().ConfigureAwait(false);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
            }

            return server;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<MotoServer> FreshAsync()
    {
        var moto = await SharedAsync().ConfigureAwait(false);
        await moto.ResetAsync().ConfigureAwait(false);
        return moto;
    }
}
