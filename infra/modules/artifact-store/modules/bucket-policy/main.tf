locals {
  objects = "${var.bucket_arn}/*"

  # TLS only, SSE-KMS only, and only with this key (after AWS's ADF artifact bucket). UploadPart and
  # CompleteMultipartUpload carry no encryption headers, so every encryption Deny applies only when the header is
  # present (Null = false); a put without headers gets the bucket's default encryption, which is this key.
  deny_statements = [
    {
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [var.bucket_arn, local.objects]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    },
    {
      Sid       = "DenyUnencryptedObjectUploads"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = local.objects
      Condition = {
        StringNotEquals = { "s3:x-amz-server-side-encryption" = "aws:kms" }
        Null            = { "s3:x-amz-server-side-encryption" = "false" }
      }
    },
    {
      Sid       = "DenyOtherKmsKeys"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = local.objects
      Condition = {
        StringNotEquals = { "s3:x-amz-server-side-encryption-aws-kms-key-id" = var.kms_key_arn }
        Null            = { "s3:x-amz-server-side-encryption-aws-kms-key-id" = "false" }
      }
    },
    {
      # aws:kms without a key id would encrypt with the account's aws/s3 key, not this one.
      Sid       = "DenyKmsWithoutThisKey"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = local.objects
      Condition = {
        StringEquals = { "s3:x-amz-server-side-encryption" = "aws:kms" }
        Null         = { "s3:x-amz-server-side-encryption-aws-kms-key-id" = "true" }
      }
    },
  ]

  allow_statements = [
    {
      Sid       = "AllowRuntimeRead"
      Effect    = "Allow"
      Principal = { AWS = var.reader_role_arns }
      Action    = ["s3:GetObject", "s3:GetObjectVersion"]
      Resource  = local.objects
    },
    {
      Sid       = "AllowRuntimeList"
      Effect    = "Allow"
      Principal = { AWS = var.reader_role_arns }
      Action    = "s3:ListBucket"
      Resource  = var.bucket_arn
    },
  ]

  record_statements = length(var.record_reader_role_arns) == 0 ? [] : [
    {
      Sid       = "AllowPromotionRecordRead"
      Effect    = "Allow"
      Principal = { AWS = var.record_reader_role_arns }
      Action    = "s3:GetObject"
      Resource  = "${var.bucket_arn}/${var.record_prefix}*"
    },
  ]

  policy = {
    Version   = "2012-10-17"
    Statement = concat([for statement in local.deny_statements : statement if var.enforce_denies], local.allow_statements, local.record_statements)
  }
}
