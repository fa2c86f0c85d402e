namespace Amazon.CloudFormation.Model.Internal.MarshallTransformations;

/// <summary>Model shapes to Query parameters under a <c>List.member.N</c> prefix.</summary>
internal static class ShapeWriter
{
    public static void Parameter(QueryWriter q, string prefix, Parameter p)
    {
        q.Add(prefix + ".ParameterKey", p.ParameterKey);
        q.Add(prefix + ".ParameterValue", p.ParameterValue);
        q.Add(prefix + ".ResolvedValue", p.ResolvedValue);
        q.Add(prefix + ".UsePreviousValue", p.UsePreviousValue);
    }

    public static void Tag(QueryWriter q, string prefix, Tag t)
    {
        q.Add(prefix + ".Key", t.Key);
        q.Add(prefix + ".Value", t.Value);
    }
}
