using System.Globalization;
using System.Xml.Linq;
using Amazon.Runtime;

namespace Amazon.CloudWatch.Model.Internal.MarshallTransformations;

/// <summary>Namespace-agnostic readers for Query XML: absent elements stay null, lists are <c>&lt;member&gt;</c> children.</summary>
internal static class XmlRead
{
    public static XElement? Child(this XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static string? Text(this XElement parent, string name) => parent.Child(name)?.Value;

    public static bool? Bool(this XElement parent, string name) =>
        parent.Text(name) is { } text ? bool.Parse(text) : null;

    public static int? Int(this XElement parent, string name) =>
        parent.Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public static DateTime? Date(this XElement parent, string name) =>
        parent.Text(name) is { Length: > 0 } text
            ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : null;

    public static T? Constant<T>(this XElement parent, string name, Func<string, T> find)
        where T : ConstantClass =>
        parent.Text(name) is { } text ? find(text) : null;

    public static List<T>? List<T>(this XElement parent, string name, Func<XElement, T> read) =>
        parent.Child(name) is { } list
            ? list.Elements().Where(e => e.Name.LocalName == "member").Select(read).ToList()
            : null;

    public static List<string>? Strings(this XElement parent, string name) => parent.List(name, e => e.Value);
}
