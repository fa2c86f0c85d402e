using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal;

internal static class TargetCheck
{
    public static bool AllKnown(ICakeEngine engine, IEnumerable<string> targets, ICakeLog log)
    {
        var known = engine.Tasks.Select(task => task.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = targets.Where(target => !known.Contains(target)).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        log.Error("Unknown target '{0}'. Pass one of these to --target:", string.Join("', '", missing));
        var width = engine.Tasks.Select(task => task.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var task in engine.Tasks.OrderBy(task => task.Name, StringComparer.OrdinalIgnoreCase))
        {
            log.Error("  {0}  {1}", task.Name.PadRight(width), task.Description ?? string.Empty);
        }

        return false;
    }
}
