namespace Cake.Frosting;

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TaskNameAttribute : Attribute
{
    public TaskNameAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }
}
