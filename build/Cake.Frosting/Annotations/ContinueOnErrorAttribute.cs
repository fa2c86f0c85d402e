namespace Cake.Frosting;

[AttributeUsage(AttributeTargets.Class)]
public sealed class ContinueOnErrorAttribute : Attribute
{
}
