using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;

namespace Pipeline.Packaging;

/// <summary>
/// Loads the handler named in pipeline.json from the built zip itself (extracted, in its own load context, with the
/// package's deps.json resolving its dependencies) and feeds it one event. Catches a wrong handler string, a
/// dependency left out of the package and a crash at start-up before anything is uploaded.
/// </summary>
public sealed class HandlerSmokeTest(string zipPath, string handler, string extractDirectory)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where pipeline.json names the handler, for the fix in an error.</summary>
    public string HandlerKey { get; init; } = "service.handler";

    /// <summary>The handler's reply, as text.</summary>
    /// <exception cref="SmokeTestException">The handler cannot be found, loaded or started, throws, or times out.</exception>
    public async Task<string> RunAsync(byte[] sampleEvent)
    {
        var parts = handler.Split("::");
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new SmokeTestException($"Handler '{handler}' is not Assembly::Namespace.Type::Method. Fix {HandlerKey} in pipeline.json.");
        }

        var (assemblyName, typeName, methodName) = (parts[0], parts[1], parts[2]);
        Extract();
        var assemblyPath = Path.Combine(extractDirectory, assemblyName + ".dll");
        if (!File.Exists(assemblyPath))
        {
            var dlls = Directory.GetFiles(extractDirectory, "*.dll").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
            throw new SmokeTestException(
                $"Handler '{handler}' names assembly '{assemblyName}', but the package has no {assemblyName}.dll (it has: {string.Join(", ", dlls)}). Fix {HandlerKey} in pipeline.json.");
        }

        var context = new PackageLoadContext(assemblyPath);
        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            var type = Find(() => assembly.GetType(typeName, throwOnError: false))
                ?? throw new SmokeTestException(
                    $"Handler '{handler}': {assemblyName}.dll has no type '{typeName}'. Public types: {string.Join(", ", Find(() => assembly.GetExportedTypes())!.Select(t => t.FullName))}. Fix {HandlerKey} in pipeline.json.");
            var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                ?? throw new SmokeTestException(
                    $"Handler '{handler}': type '{typeName}' has no public method '{methodName}' (it has: {string.Join(", ", type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => m.Name).Distinct())}). Fix {HandlerKey} in pipeline.json.");
            var instance = method.IsStatic ? null : Start(type);
            return await InvokeAsync(method, instance, sampleEvent).ConfigureAwait(false);
        }
        finally
        {
            context.Unload();
        }
    }

    private void Extract()
    {
        if (Directory.Exists(extractDirectory))
        {
            Directory.Delete(extractDirectory, recursive: true);
        }

        ZipFile.ExtractToDirectory(zipPath, extractDirectory);
    }

    private object Start(Type type)
    {
        try
        {
            return Activator.CreateInstance(type)!;
        }
        catch (MissingMethodException)
        {
            throw new SmokeTestException($"Handler '{handler}': type '{type.FullName}' has no public parameterless constructor, so the Lambda runtime cannot create it.");
        }
        catch (Exception error) when (error is TargetInvocationException or TypeInitializationException or FileNotFoundException or FileLoadException)
        {
            throw Crash("crashed while starting (constructor)", error);
        }
    }

    private async Task<string> InvokeAsync(MethodInfo method, object? instance, byte[] sampleEvent)
    {
        var parameters = method.GetParameters();
        if (parameters.Length == 0 || parameters[0].ParameterType != typeof(Stream))
        {
            throw new SmokeTestException(
                $"Handler '{handler}' takes ({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}); the smoke test feeds Stream handlers (Stream input[, ILambdaContext]).");
        }

        var arguments = parameters.Select((_, i) => i == 0 ? (object?)new MemoryStream(sampleEvent) : null).ToArray();
        object? result;
        try
        {
            result = method.Invoke(instance, arguments);
            if (result is Task task)
            {
                await task.WaitAsync(Timeout).ConfigureAwait(false);
                result = task.GetType().GetProperty("Result")?.GetValue(task);
            }
        }
        catch (TimeoutException)
        {
            throw new SmokeTestException($"Handler '{handler}' did not answer the sample event within {Timeout.TotalSeconds:0} s (the function's timeout).");
        }
        catch (Exception error) when (error is not SmokeTestException)
        {
            throw Crash("threw on the sample event", error);
        }

        if (result is Stream output)
        {
            await using (output.ConfigureAwait(false))
            {
                using var reader = new StreamReader(output, Encoding.UTF8);
                return await reader.ReadToEndAsync().ConfigureAwait(false);
            }
        }

        return result?.ToString() ?? string.Empty;
    }

    private SmokeTestException Crash(string what, Exception error)
    {
        var root = error;
        while (root is TargetInvocationException or TypeInitializationException or AggregateException && root.InnerException is not null)
        {
            root = root.InnerException;
        }

        return root is FileNotFoundException or FileLoadException
            ? new SmokeTestException($"Handler '{handler}' {what}: a dependency is missing from the package: {root.Message} Reference it from the service project so publish copies it.", root)
            : new SmokeTestException($"Handler '{handler}' {what}: {root.GetType().Name}: {root.Message}", root);
    }

    private static T? Find<T>(Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (Exception error) when (error is FileNotFoundException or FileLoadException or ReflectionTypeLoadException)
        {
            throw new SmokeTestException($"The package cannot load its handler's assembly: a dependency is missing: {error.Message}", error);
        }
    }

    /// <summary>
    /// Resolves what the package's deps.json lists, from the package only. Anything else must be part of the shared
    /// framework: an assembly the build host happens to carry must not hide one the package left out.
    /// </summary>
    private sealed class PackageLoadContext(string mainAssembly) : AssemblyLoadContext("smoke-test", isCollectible: true)
    {
        private static readonly string Framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        private readonly AssemblyDependencyResolver resolver = new(mainAssembly);
        private readonly string packageDirectory = Path.GetDirectoryName(mainAssembly)!;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (resolver.ResolveAssemblyToPath(assemblyName) is { } path && File.Exists(path))
            {
                return LoadFromAssemblyPath(path);
            }

            var local = Path.Combine(packageDirectory, assemblyName.Name + ".dll");
            if (File.Exists(local))
            {
                return LoadFromAssemblyPath(local);
            }

            return File.Exists(Path.Combine(Framework, assemblyName.Name + ".dll"))
                ? null
                : throw new FileNotFoundException($"{assemblyName.Name}.dll is not in the package.", assemblyName.Name + ".dll");
        }
    }
}
