namespace Cake.Frosting;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependeeOfAttribute : Attribute
{
    public IsDependeeOfAttribute(Type type)
    {
        Task = type;
    }

    public Type Task { get; }
}
