namespace Cake.Frosting;

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TaskDescriptionAttribute : Attribute
{
    public TaskDescriptionAttribute(string description)
    {
        Description = description;
    }

    public string Description { get; }
}
