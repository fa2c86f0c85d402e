using System.IO.Compression;
using Amazon.CloudFormation;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Pipeline.Aws;
using Pipeline.LocalAws;

namespace Pipeline.Tests.Deploy;

/// <summary>
/// The two-account setup of a deployment, on moto: the package in an SSE-KMS bucket of the infrastructure account,
/// CloudFormation reached in the runtime account by assuming its deploy role.
/// </summary>
internal static class RuntimeAccount
{
    public const string DeployRoleArn = $"arn:aws:iam::{LocalAccounts.Runtime}:role/deploy";
    public const string Bucket = "pipeline-artifacts-123456789012";

    public static AwsTarget Target(MotoServer moto) => new(LocalAccounts.Region, moto.Endpoint);

    public static BasicAWSCredentials InfrastructureCredentials => new(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey);

    public static async Task<AmazonCloudFormationClient> CloudFormationAsync(MotoServer moto)
    {
        var target = Target(moto);
        using var sts = new AmazonSecurityTokenServiceClient(InfrastructureCredentials, target.Configure(new AmazonSecurityTokenServiceConfig()));
        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = DeployRoleArn, RoleSessionName = "pipeline-tests" });
        var credentials = new SessionAWSCredentials(
            assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken);
        return new AmazonCloudFormationClient(credentials, target.Configure(new AmazonCloudFormationConfig()));
    }

    /// <returns>The package's key and the KMS key ARN that encrypts it.</returns>
    public static async Task<(string Key, string KmsKeyArn)> UploadPackageAsync(MotoServer moto, string version)
    {
        var target = Target(moto);
        using var kms = new AmazonKeyManagementServiceClient(InfrastructureCredentials, target.Configure(new AmazonKeyManagementServiceConfig()));
        var key = await kms.CreateKeyAsync(new CreateKeyRequest { Description = "artifact key" });
        using var s3 = new AmazonS3Client(InfrastructureCredentials, target.Configure(new AmazonS3Config()));
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = Bucket, PutBucketConfiguration = new PutBucketConfiguration { LocationConstraint = LocalAccounts.Region } });
        var objectKey = $"service/{version}/package.zip";
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Bucket,
            Key = objectKey,
            InputStream = new MemoryStream(Zip()),
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            ServerSideEncryptionKeyManagementServiceKeyId = key.KeyMetadata.Arn,
        });
        return (objectKey, key.KeyMetadata.Arn);
    }

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("Service.dll").Open());
            writer.Write("not really an assembly");
        }

        return buffer.ToArray();
    }
}
