using System.Reflection;
using Cake.Core;

namespace Cake.Frosting.Internal;

internal static class TaskTypes
{
    public static IReadOnlyList<Type> Discover(IEnumerable<Assembly> assemblies)
        => assemblies.Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type.IsClass && !type.IsAbstract && !type.ContainsGenericParameters)
            .Where(type => typeof(IFrostingTask).IsAssignableFrom(type))
            .ToList();

    public static string NameOf(Type type)
        => type.GetCustomAttribute<TaskNameAttribute>()?.Name ?? type.Name;

    public static string? DescriptionOf(Type type)
        => type.GetCustomAttribute<TaskDescriptionAttribute>()?.Description;

    public static Type ContextTypeOf(Type type)
        => FrostingBase(type)?.GetGenericArguments()[0] ?? typeof(ICakeContext);

    // Only overridden hooks are wired into the engine, so an empty task shows as delegated like in Cake.
    public static bool Overrides(Type type, string method)
    {
        if (FrostingBase(type) is null)
        {
            return true;
        }

        return type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(candidate => candidate.Name == method)
            .Any(candidate => candidate.DeclaringType != candidate.GetBaseDefinition().DeclaringType);
    }

    private static Type? FrostingBase(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType)
            {
                var definition = current.GetGenericTypeDefinition();
                if (definition == typeof(FrostingTask<>) || definition == typeof(AsyncFrostingTask<>))
                {
                    return current;
                }
            }
        }

        return null;
    }
}
