using Cake.Frosting;

namespace Build;

public static class Program
{
    public static int Main(string[] args) => new CakeHost()
        .UseContext<BuildContext>()
        .UseLifetime<BuildLifetime>()
        .UseWorkingDirectory(BuildPaths.FindRepositoryRoot(Directory.GetCurrentDirectory()))
        .Run(args);
}
