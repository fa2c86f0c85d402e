using System.Web;

namespace Pipeline.Permissions;

/// <summary>
/// How S3 authorizes a REST request (path-style, as the emulator receives it): the IAM action, the resource and
/// the condition keys its headers set. Multipart parts and completion authorize as s3:PutObject, without the
/// encryption keys that only CreateMultipartUpload carries.
/// </summary>
public static class S3Authorization
{
    public static (string Action, string Bucket, string? Key, IReadOnlyList<(string, string)> Context) Map(RecordedRequest request)
    {
        var segments = request.Url.AbsolutePath.TrimStart('/').Split('/', 2);
        var bucket = segments[0];
        var key = segments.Length > 1 && segments[1].Length > 0 ? Uri.UnescapeDataString(segments[1]) : null;
        var query = HttpUtility.ParseQueryString(request.Url.Query);
        bool Has(string name) => query.AllKeys.Contains(name, StringComparer.Ordinal) || request.Url.Query.TrimStart('?').Split('&').Contains(name, StringComparer.Ordinal);
        var action = (request.Method, key is null) switch
        {
            ("GET", true) when Has("uploads") => "s3:ListBucketMultipartUploads",
            ("GET", true) when Has("versions") => "s3:ListBucketVersions",
            ("GET", true) or ("HEAD", true) => "s3:ListBucket",
            ("GET", false) or ("HEAD", false) => Has("versionId") ? "s3:GetObjectVersion" : "s3:GetObject",
            ("PUT", false) or ("POST", false) => request.Headers.ContainsKey("x-amz-copy-source") ? "s3:PutObject" : "s3:PutObject",
            ("DELETE", false) when Has("uploadId") => "s3:AbortMultipartUpload",
            ("DELETE", false) => "s3:DeleteObject",
            _ => throw new InvalidOperationException($"No IAM mapping for the recorded S3 request {request.Shown}; add it to {nameof(S3Authorization)}."),
        };
        var context = new List<(string, string)>();
        foreach (var header in new[] { "x-amz-server-side-encryption", "x-amz-server-side-encryption-aws-kms-key-id", "x-amz-acl" })
        {
            if (request.Headers.TryGetValue(header, out var value))
            {
                context.Add(("s3:" + header, value));
            }
        }

        return (action, bucket, key, context);
    }
}
