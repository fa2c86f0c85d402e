using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Cake.Core;

namespace Build.Tests.Terraform.Fakes;

/// <summary>
/// The part of <see cref="ICakeContext"/> the aliases use: a file system, environment, process runner, tool
/// locator and log. Members the aliases never touch throw.
/// </summary>
public sealed class FakeCakeContext(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools, FakeLog log)
    : ICakeContext
{
    public IFileSystem FileSystem => fileSystem;

    public ICakeEnvironment Environment => environment;

    public ICakeLog Log => log;

    public IProcessRunner ProcessRunner => processRunner;

    public IToolLocator Tools => tools;

    public ICakeConfiguration Configuration { get; } = new NoConfiguration();

    public IGlobber Globber => throw new NotSupportedException();

    public ICakeArguments Arguments => throw new NotSupportedException();

    public IRegistry Registry => throw new NotSupportedException();

    public ICakeDataResolver Data => throw new NotSupportedException();

    public IToolInstaller ToolInstaller => throw new NotSupportedException();

    public IServiceProvider ServiceProvider => throw new NotSupportedException();

    /// <summary>Cake's real file system and environment around the given process runner.</summary>
    public static FakeCakeContext Around(IProcessRunner processRunner, IToolLocator tools, FakeLog log) =>
        new(new FileSystem(), new CakeEnvironment(new CakePlatform(), new CakeRuntime()), processRunner, tools, log);

    /// <summary>Cake's real file system, environment and process runner: the tools really run.</summary>
    public static FakeCakeContext Real(IToolLocator tools, FakeLog log)
    {
        var fileSystem = new FileSystem();
        var environment = new CakeEnvironment(new CakePlatform(), new CakeRuntime());
        var runner = new ProcessRunner(fileSystem, environment, log, tools, new NoConfiguration());
        return new FakeCakeContext(fileSystem, environment, runner, tools, log);
    }
}
