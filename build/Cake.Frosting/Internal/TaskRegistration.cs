using System.Reflection;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal;

internal sealed class TaskRegistration
{
    private readonly ICakeEngine engine;
    private readonly ICakeLog log;
    private readonly Lazy<IFrostingContext> context;

    public TaskRegistration(ICakeEngine engine, ICakeLog log, Lazy<IFrostingContext> context)
    {
        this.engine = engine;
        this.log = log;
        this.context = context;
    }

    public void Register(IFrostingTask task, Type? contextType)
    {
        var type = task.GetType();
        var name = TaskTypes.NameOf(type);
        var expected = TaskTypes.ContextTypeOf(type);
        if (contextType is not null && !expected.IsAssignableFrom(contextType))
        {
            log.Warning("Task {0} cannot be used since the context isn't convertible to {1}.", name, expected.FullName);
            return;
        }

        log.Debug("Registering task: {0}", name);
        var builder = engine.RegisterTask(name);
        var description = TaskTypes.DescriptionOf(type);
        if (!string.IsNullOrWhiteSpace(description))
        {
            builder.Description(description);
        }

        AddHooks(builder, task, type);
        AddDependencies(builder, type);
    }

    private void AddHooks(CakeTaskBuilder builder, IFrostingTask task, Type type)
    {
        if (TaskTypes.Overrides(type, "Run") || TaskTypes.Overrides(type, "RunAsync"))
        {
            Func<ICakeContext, Task> action = task.RunAsync;
            builder.Does(action);
        }

        if (TaskTypes.Overrides(type, nameof(IFrostingTask.ShouldRun)))
        {
            builder.WithCriteria(() => task.ShouldRun(context.Value), task.SkippedMessage);
        }

        if (type.GetCustomAttribute<ContinueOnErrorAttribute>() is not null)
        {
            builder.ContinueOnError();
        }

        if (TaskTypes.Overrides(type, nameof(IFrostingTask.OnError)))
        {
            builder.OnError((Exception exception) => task.OnError(exception, context.Value));
        }

        if (TaskTypes.Overrides(type, nameof(IFrostingTask.Finally)))
        {
            builder.Finally(() => task.Finally(context.Value));
        }
    }

    private static void AddDependencies(CakeTaskBuilder builder, Type type)
    {
        foreach (var dependency in type.GetCustomAttributes<IsDependentOnAttribute>())
        {
            builder.IsDependentOn(DependencyName(dependency.Task, type));
        }

        foreach (var dependee in type.GetCustomAttributes<IsDependeeOfAttribute>())
        {
            builder.IsDependeeOf(DependencyName(dependee.Task, type));
        }
    }

    private static string DependencyName(Type dependency, Type owner)
    {
        if (!typeof(IFrostingTask).IsAssignableFrom(dependency))
        {
            throw new FrostingException(
                $"Task '{TaskTypes.NameOf(owner)}' names '{dependency.FullName}' as a dependency, but that type is not a Frosting task. "
                + "Point the attribute at a class deriving from FrostingTask<T> or AsyncFrostingTask<T>.");
        }

        return TaskTypes.NameOf(dependency);
    }
}
