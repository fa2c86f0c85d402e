using System.Globalization;
using System.Text.Json;
using Amazon.Runtime.Internal;

namespace Amazon.Lambda.Model.Internal.MarshallTransformations;

/// <summary>Writes request members where REST-JSON puts them: the URI path, the query string or the JSON body.</summary>
internal sealed class RestJsonWriter(IRequest request)
{
    public void Path(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new AmazonLambdaException($"Request object does not have required field {name} set");
        }

        request.AddPathResource("{" + name + "}", value);
    }

    public void Query(string name, string? value)
    {
        if (value is not null)
        {
            request.Parameters.Add(name, value);
            request.UseQueryString = true;
        }
    }

    public void Query(string name, int? value) => Query(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Body(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        request.Content = stream.ToArray();
        request.Headers["Content-Length"] = request.Content.Length.ToString(CultureInfo.InvariantCulture);
    }
}
