using Amazon.Runtime;

namespace Amazon.Lambda.Model;

public class InvokeResponse : AmazonWebServiceResponse
{
    /// <summary>The HTTP status: 200 for a synchronous call that reached the function.</summary>
    public int StatusCode { get; set; }

    /// <summary>Set ("Unhandled", "Handled") when the function failed; the payload then holds the error.</summary>
    public string? FunctionError { get; set; }

    /// <summary>The version that ran, which for a weighted alias may be either of its versions.</summary>
    public string? ExecutedVersion { get; set; }

    public MemoryStream? Payload { get; set; }
}
