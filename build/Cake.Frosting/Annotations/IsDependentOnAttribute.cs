namespace Cake.Frosting;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependentOnAttribute : Attribute
{
    public IsDependentOnAttribute(Type type)
    {
        Task = type;
    }

    public Type Task { get; }
}
