locals {
  objects = "${var.bucket_arn}/*"

  # The three denies follow AWS's ADF artifact bucket: TLS only, SSE-KMS only, and only with this key.
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
      Condition = { StringNotEquals = { "s3:x-amz-server-side-encryption" = "aws:kms" } }
    },
    {
      Sid       = "DenyOtherKmsKeys"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = local.objects
      Condition = { StringNotEqualsIfExists = { "s3:x-amz-server-side-encryption-aws-kms-key-id" = var.kms_key_arn } }
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

  policy = {
    Version   = "2012-10-17"
    Statement = concat([for statement in local.deny_statements : statement if var.enforce_denies], local.allow_statements)
  }
}
