using System.Globalization;
using Amazon.Runtime.Internal;

namespace Amazon.CloudWatch.Model.Internal.MarshallTransformations;

/// <summary>Writes request members as AWS Query parameters: scalars by name, lists as <c>Name.member.N</c>.</summary>
internal sealed class QueryWriter(IRequest request)
{
    public void Add(string name, string? value)
    {
        if (value is not null)
        {
            request.Parameters.Add(name, value);
        }
    }

    public void Add(string name, bool? value) => Add(name, value?.ToString().ToLowerInvariant());

    public void Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public void AddStrings(string name, IReadOnlyList<string>? values) =>
        AddList(name, values, (writer, prefix, value) => writer.Add(prefix, value));

    /// <summary>An empty list is sent as <c>Name=</c> so the service clears it, as the SDK does.</summary>
    public void AddList<T>(string name, IReadOnlyList<T>? items, Action<QueryWriter, string, T> write)
    {
        if (items is null)
        {
            return;
        }

        if (items.Count == 0)
        {
            request.Parameters.Add(name, string.Empty);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            write(this, $"{name}.member.{(i + 1).ToString(CultureInfo.InvariantCulture)}", items[i]);
        }
    }
}
