using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Artifacts;

/// <summary>After a failed upload: abort any incomplete multipart upload left for the key, so no parts linger.</summary>
internal sealed class MultipartCleanup(IAmazonS3 s3)
{
    /// <summary>Returns a sentence for the error message; never throws, the endpoint may be gone.</summary>
    public async Task<string> AbortLeftoversAsync(string bucket, string key)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var uploads = await s3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = bucket, Prefix = key }, timeout.Token)
                .ConfigureAwait(false);
            var aborted = 0;
            foreach (var upload in (uploads.MultipartUploads ?? []).Where(u => u.Key == key))
            {
                await s3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = upload.UploadId }, timeout.Token)
                    .ConfigureAwait(false);
                aborted++;
            }

            return aborted == 0 ? "no incomplete multipart upload remains." : $"aborted {aborted} incomplete multipart upload(s).";
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            return "no multipart upload can remain: the bucket does not exist.";
        }
        catch (AmazonS3Exception e)
        {
            return $"the incomplete multipart upload could not be aborted (S3 answered {(int)e.StatusCode} {e.ErrorCode}): its parts stay " +
                   "invisible and the bucket's AbortIncompleteMultipartUpload lifecycle rule removes them.";
        }
        catch (Exception e) when (e is Amazon.Runtime.AmazonClientException or HttpRequestException or OperationCanceledException or IOException)
        {
            return "the incomplete multipart upload could not be aborted (S3 was unreachable): its parts stay invisible and the " +
                   "bucket's AbortIncompleteMultipartUpload lifecycle rule removes them.";
        }
    }
}
