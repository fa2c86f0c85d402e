using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Pipeline.Artifacts;

/// <summary>
/// The content-addressed artifact store in the infrastructure account's bucket: SSE-KMS with the customer key,
/// SHA-256 checksums, skip when already stored, multipart for large files, verification after every write.
/// </summary>
public sealed class ArtifactStore
{
    private readonly IAmazonS3 s3;
    private readonly Action<string> log;
    private readonly Action<long, long>? progress;
    private readonly ArtifactStoreOptions options;
    private readonly ArtifactVerifier verifier;
    private readonly ContentProof proof;
    private AmazonServiceException? lastFailure;

    public ArtifactStore(IAmazonS3 s3, Action<string>? log = null, Action<long, long>? progress = null, ArtifactStoreOptions? options = null)
    {
        this.s3 = s3;
        this.log = log ?? (_ => { });
        this.progress = progress;
        this.options = options ?? new ArtifactStoreOptions();
        verifier = new ArtifactVerifier(s3);
        proof = new ContentProof(s3);
        if (s3 is AmazonServiceClient client)
        {
            client.ExceptionEvent += RememberFailure;
        }
    }

    public Task<StoredArtifact> VerifyAsync(ArtifactBucket bucket, string key, string? expectedSha256 = null, CancellationToken cancel = default) =>
        verifier.VerifyAsync(bucket, key, expectedSha256, cancel);

    public async Task<UploadResult> UploadAsync(
        ArtifactBucket bucket, string application, string packagePath, string? manifestJson = null, CancellationToken cancel = default)
    {
        var size = new FileInfo(packagePath).Length;
        var multipart = size >= options.MultipartThreshold;

        // The part checksums are hashed alongside the key, on a second core: a package that changes after hashing
        // fails its part checksums in S3 instead of landing under a key that does not match its content.
        var hashing = Sha256File.HexAsync(packagePath, cancel);
        var checksums = multipart ? await Sha256File.PartsBase64Async(packagePath, options.PartSize, cancel).ConfigureAwait(false) : [];
        var sha = await hashing.ConfigureAwait(false);
        var key = ArtifactKeys.Package(application, sha);
        var manifestKey = ArtifactKeys.Manifest(application, sha);
        var where = $"s3://{bucket.Name}/{key}";

        if (await FindVerifiedAsync(bucket, key, sha, checksums, cancel).ConfigureAwait(false) is not null)
        {
            if (manifestJson is not null && await verifier.HeadAsync(bucket.Name, manifestKey, cancel).ConfigureAwait(false) is null)
            {
                await PutManifestAsync(bucket, manifestKey, manifestJson, cancel).ConfigureAwait(false);
            }

            log($"{where} already stored with SHA-256 {sha}: 0 bytes uploaded.");
            return new UploadResult(bucket.Name, key, manifestKey, sha, size, 0, Skipped: true, Multipart: false);
        }

        log($"Uploading {Path.GetFileName(packagePath)} ({size:N0} bytes, SHA-256 {sha}) to {where}{(multipart ? " in parts" : string.Empty)}.");
        lastFailure = null;
        try
        {
            if (multipart)
            {
                await UploadInPartsAsync(bucket, key, packagePath, size, sha, checksums, cancel).ConfigureAwait(false);
            }
            else
            {
                await PutFileAsync(bucket, key, packagePath, sha, cancel).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or IOException or HttpRequestException or OperationCanceledException)
        {
            var cleanup = await new MultipartCleanup(s3).AbortLeftoversAsync(bucket.Name, key).ConfigureAwait(false);
            throw new ArtifactStoreException(
                $"Uploading {packagePath} to {where} failed: {Describe(e)}. No object was written under {key} " +
                $"(S3 only creates it when the upload completes); {cleanup} Fix the cause and run the stage again.", e);
        }

        var stored = await verifier.VerifyAsync(bucket, key, sha, cancel).ConfigureAwait(false);
        log($"Verified {where}: aws:kms with {stored.KmsKeyId}, SHA-256 {sha}.");
        if (manifestJson is not null)
        {
            await PutManifestAsync(bucket, manifestKey, manifestJson, cancel).ConfigureAwait(false);
        }

        return new UploadResult(bucket.Name, key, manifestKey, sha, size, size, Skipped: false, Multipart: multipart);
    }

    /// <summary>Copies a verified package (and its manifest) from one bucket to another, re-encrypted with the target's key.</summary>
    public async Task<UploadResult> PromoteAsync(
        ArtifactBucket source, ArtifactBucket target, string application, string sha256, CancellationToken cancel = default)
    {
        var key = ArtifactKeys.Package(application, sha256);
        var manifestKey = ArtifactKeys.Manifest(application, sha256);
        var head = await verifier.HeadAsync(source.Name, key, cancel).ConfigureAwait(false)
            ?? throw new ArtifactStoreException($"s3://{source.Name}/{key} does not exist, so it cannot be promoted.");
        var from = ArtifactVerifier.Check(source, key, head, sha256);
        if (await proof.MismatchAsync(source.Name, key, head, sha256, [], cancel).ConfigureAwait(false) is { } wrong)
        {
            throw new ArtifactStoreException($"s3://{source.Name}/{key} cannot be promoted: {wrong}. Build and deploy the commit to that environment again.");
        }

        if (await FindVerifiedAsync(target, key, sha256, [], cancel).ConfigureAwait(false) is { } existing)
        {
            log($"s3://{target.Name}/{key} already stored with SHA-256 {sha256}: 0 bytes copied.");
            return new UploadResult(target.Name, key, manifestKey, sha256, existing.Size, 0, Skipped: true, Multipart: false);
        }

        await CopyAsync(source, target, key, cancel).ConfigureAwait(false);
        var to = await verifier.VerifyAsync(target, key, sha256, cancel).ConfigureAwait(false);
        if (to.Size != from.Size)
        {
            throw new ArtifactStoreException($"Promoted s3://{target.Name}/{key} has {to.Size} bytes, the source has {from.Size}. Delete the copy and promote again.");
        }

        if (await verifier.HeadAsync(source.Name, manifestKey, cancel).ConfigureAwait(false) is not null)
        {
            await CopyAsync(source, target, manifestKey, cancel).ConfigureAwait(false);
        }

        log($"Promoted {source}/{key} to {target}/{key}: SHA-256 {sha256}, aws:kms with {to.KmsKeyId}.");
        return new UploadResult(target.Name, key, manifestKey, sha256, to.Size, to.Size, Skipped: false, Multipart: false);
    }

    /// <summary>Records that <paramref name="commit"/> built the package the manifest describes.</summary>
    public Task RecordCommitAsync(ArtifactBucket bucket, string application, string commit, string manifestJson, CancellationToken cancel = default) =>
        PutManifestAsync(bucket, ArtifactKeys.Commit(application, commit), manifestJson, cancel);

    /// <summary>The manifest of the package <paramref name="commit"/> built into this bucket, or null when it built none here.</summary>
    public async Task<string?> FindCommitAsync(ArtifactBucket bucket, string application, string commit, CancellationToken cancel = default)
    {
        try
        {
            using var response = await s3.GetObjectAsync(bucket.Name, ArtifactKeys.Commit(application, commit), cancel).ConfigureAwait(false);
            using var reader = new StreamReader(response.ResponseStream);
            return await reader.ReadToEndAsync(cancel).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Records that <paramref name="stackName"/> runs the package the manifest describes.</summary>
    public Task RecordStackAsync(ArtifactBucket bucket, string application, string stackName, string manifestJson, CancellationToken cancel = default) =>
        PutManifestAsync(bucket, ArtifactKeys.Stack(application, stackName), manifestJson, cancel);

    /// <summary>
    /// Forgets a deleted stack and deletes its package and manifest unless another stack still runs them.
    /// Returns the keys deleted.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReleaseStackAsync(ArtifactBucket bucket, string application, string stackName, CancellationToken cancel = default)
    {
        var pointer = ArtifactKeys.Stack(application, stackName);
        var sha = await ReadShaAsync(bucket.Name, pointer, cancel).ConfigureAwait(false);
        if (sha is null)
        {
            log($"s3://{bucket.Name}/{pointer} does not exist: no package is recorded for {stackName}.");
            return [];
        }

        await s3.DeleteObjectAsync(bucket.Name, pointer, cancel).ConfigureAwait(false);
        var deleted = new List<string> { pointer };
        var others = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket.Name, Prefix = ArtifactKeys.StackPrefix(application) }, cancel).ConfigureAwait(false);
        foreach (var other in others.S3Objects ?? [])
        {
            if (await ReadShaAsync(bucket.Name, other.Key, cancel).ConfigureAwait(false) == sha)
            {
                log($"Package {sha} stays: {other.Key} still runs it.");
                return deleted;
            }
        }

        foreach (var key in new[] { ArtifactKeys.Package(application, sha), ArtifactKeys.Manifest(application, sha) })
        {
            await s3.DeleteObjectAsync(bucket.Name, key, cancel).ConfigureAwait(false);
            deleted.Add(key);
        }

        return deleted;
    }

    private async Task<string?> ReadShaAsync(string bucket, string key, CancellationToken cancel)
    {
        try
        {
            using var response = await s3.GetObjectAsync(bucket, key, cancel).ConfigureAwait(false);
            using var json = await System.Text.Json.JsonDocument.ParseAsync(response.ResponseStream, cancellationToken: cancel).ConfigureAwait(false);
            return json.RootElement.TryGetProperty("sha256", out var sha) ? sha.GetString() : null;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    // The skip path: an object is kept only when S3's checksum (or its bytes) prove it holds our content.
    private async Task<StoredArtifact?> FindVerifiedAsync(ArtifactBucket bucket, string key, string sha, IReadOnlyList<string> parts, CancellationToken cancel)
    {
        var head = await verifier.HeadAsync(bucket.Name, key, cancel).ConfigureAwait(false);
        if (head is null)
        {
            return null;
        }

        StoredArtifact stored;
        try
        {
            stored = ArtifactVerifier.Check(bucket, key, head, sha);
        }
        catch (ArtifactStoreException e)
        {
            log($"Replacing s3://{bucket.Name}/{key}: {e.Message}");
            return null;
        }

        if (await proof.MismatchAsync(bucket.Name, key, head, sha, parts, cancel).ConfigureAwait(false) is { } mismatch)
        {
            log($"Replacing s3://{bucket.Name}/{key}: {mismatch}.");
            return null;
        }

        return stored;
    }

    // No write carries an ACL: the bucket is BucketOwnerEnforced (ACLs disabled) and the roles hold no s3:PutObjectAcl.
    private async Task PutFileAsync(ArtifactBucket bucket, string key, string path, string sha, CancellationToken cancel)
    {
        var request = new PutObjectRequest { BucketName = bucket.Name, Key = key, FilePath = path, ContentType = "application/zip" };
        Protect(request, bucket, sha);
        request.ChecksumSHA256 = Sha256File.ToBase64(sha);
        request.StreamTransferProgress = (_, e) => progress?.Invoke(e.TransferredBytes, e.TotalBytes);
        await s3.PutObjectAsync(request, cancel).ConfigureAwait(false);
    }

    private async Task PutManifestAsync(ArtifactBucket bucket, string key, string json, CancellationToken cancel)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(json);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        var request = new PutObjectRequest { BucketName = bucket.Name, Key = key, InputStream = new MemoryStream(body), ContentType = "application/json" };
        Protect(request, bucket, sha);
        request.ChecksumSHA256 = Sha256File.ToBase64(sha);
        await s3.PutObjectAsync(request, cancel).ConfigureAwait(false);
        await verifier.VerifyAsync(bucket, key, sha, cancel).ConfigureAwait(false);
    }

    private async Task UploadInPartsAsync(ArtifactBucket bucket, string key, string path, long size, string sha, string[] checksums, CancellationToken cancel)
    {
        var create = new InitiateMultipartUploadRequest
        {
            BucketName = bucket.Name, Key = key, ContentType = "application/zip",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            ServerSideEncryptionKeyManagementServiceKeyId = bucket.KmsKeyArn,
            ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
        };
        create.Metadata[ArtifactVerifier.Sha256Metadata] = sha;
        await new MultipartUpload(s3, options, progress).RunAsync(create, path, size, checksums, cancel).ConfigureAwait(false);
    }

    private async Task CopyAsync(ArtifactBucket source, ArtifactBucket target, string key, CancellationToken cancel)
    {
        var request = new CopyObjectRequest
        {
            SourceBucket = source.Name, SourceKey = key, DestinationBucket = target.Name, DestinationKey = key,
            MetadataDirective = S3MetadataDirective.COPY,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            ServerSideEncryptionKeyManagementServiceKeyId = target.KmsKeyArn,
            ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
        };
        await s3.CopyObjectAsync(request, cancel).ConfigureAwait(false);
    }

    // Fires once per call after the SDK gave up; a failed part may surface as a sibling part's cancellation instead.
    private void RememberFailure(object sender, ExceptionEventArgs e)
    {
        if (e is WebServiceExceptionEventArgs { Exception: AmazonServiceException failure })
        {
            lastFailure = failure;
        }
    }

    private string Describe(Exception e) => (e, lastFailure) switch
    {
        (AmazonServiceException service, _) => $"{(int)service.StatusCode} {service.ErrorCode}: {service.Message}",
        (OperationCanceledException, { } cause) => $"{(int)cause.StatusCode} {cause.ErrorCode}: {cause.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    private static void Protect(PutObjectRequest request, ArtifactBucket bucket, string sha)
    {
        request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
        request.ServerSideEncryptionKeyManagementServiceKeyId = bucket.KmsKeyArn;
        request.ChecksumAlgorithm = ChecksumAlgorithm.SHA256;
        request.Metadata[ArtifactVerifier.Sha256Metadata] = sha;
    }
}
