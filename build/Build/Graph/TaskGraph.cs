using System.Reflection;
using Cake.Frosting;

namespace Build.Graph;

/// <summary>The build's tasks and their dependencies, read from the task attributes the engine also reads.</summary>
public sealed record TaskGraph(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Dependencies,
    IReadOnlyDictionary<string, string> Descriptions,
    IReadOnlySet<string> Conditional)
{
    public static TaskGraph FromAssembly(Assembly assembly)
    {
        var tasks = assembly.GetTypes()
            .Where(type => type.IsPublic && !type.IsAbstract && typeof(IFrostingTask).IsAssignableFrom(type))
            .ToList();
        var names = tasks.ToDictionary(type => type, TargetCatalog.NameOf);
        var dependencies = tasks.ToDictionary(
            type => names[type],
            type => (IReadOnlyList<string>)type.GetCustomAttributes<IsDependentOnAttribute>().Select(a => names[a.Task]).ToList(),
            StringComparer.Ordinal);
        var descriptions = tasks.ToDictionary(
            type => names[type],
            type => type.GetCustomAttribute<TaskDescriptionAttribute>()?.Description ?? string.Empty,
            StringComparer.Ordinal);
        var conditional = tasks
            .Where(type => type.GetMethod(nameof(IFrostingTask.ShouldRun))?.DeclaringType == type)
            .Select(type => names[type])
            .ToHashSet(StringComparer.Ordinal);
        return new TaskGraph(dependencies, descriptions, conditional);
    }

    /// <summary>Every task a target runs (before ShouldRun), in an order that respects dependencies.</summary>
    public IReadOnlyList<string> Closure(string target)
    {
        var order = new List<string>();
        Visit(target, order, new HashSet<string>(StringComparer.Ordinal));
        return order;
    }

    private void Visit(string task, List<string> order, HashSet<string> seen)
    {
        if (!seen.Add(task))
        {
            return;
        }

        foreach (var dependency in Dependencies[task])
        {
            Visit(dependency, order, seen);
        }

        order.Add(task);
    }
}
