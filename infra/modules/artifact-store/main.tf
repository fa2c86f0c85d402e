data "aws_partition" "current" {}

locals {
  account_root = "arn:${data.aws_partition.current.partition}:iam::${var.infrastructure_account_id}:root"
}

data "aws_iam_policy_document" "key" {
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = [local.account_root]
    }
  }

  statement {
    sid       = "RuntimeRolesDecrypt"
    actions   = ["kms:Decrypt", "kms:DescribeKey"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = var.runtime_reader_role_arns
    }
  }

  # A later environment's push build reads this environment's stack records, through S3 only.
  dynamic "statement" {
    for_each = length(var.record_reader_role_arns) == 0 ? [] : [var.record_reader_role_arns]
    content {
      sid       = "PromotionRecordsDecrypt"
      actions   = ["kms:Decrypt"]
      resources = ["*"]

      principals {
        type        = "AWS"
        identifiers = statement.value
      }

      condition {
        test     = "StringLike"
        variable = "kms:ViaService"
        values   = ["s3.*.amazonaws.com"]
      }
    }
  }
}

resource "aws_kms_key" "artifacts" {
  description             = "Encrypts build artifacts in ${var.bucket_name}"
  enable_key_rotation     = true
  deletion_window_in_days = var.kms_deletion_window_days
  policy                  = data.aws_iam_policy_document.key.json
  tags                    = var.tags
}

resource "aws_kms_alias" "artifacts" {
  name          = "alias/${var.bucket_name}"
  target_key_id = aws_kms_key.artifacts.key_id
}

resource "aws_s3_bucket" "artifacts" {
  bucket        = var.bucket_name
  force_destroy = var.force_destroy
  tags          = var.tags
}

resource "aws_s3_bucket_ownership_controls" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "artifacts" {
  bucket                  = aws_s3_bucket.artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.artifacts.arn
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  # Lifecycle rules on a versioned bucket need versioning in place first.
  depends_on = [aws_s3_bucket_versioning.artifacts]

  rule {
    id     = "expire-old-artifact-versions"
    status = "Enabled"

    # An explicit empty prefix: what S3 (and moto) report back for "every object".
    filter {
      prefix = ""
    }

    noncurrent_version_expiration {
      noncurrent_days = var.artifact_retention_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

module "bucket_policy" {
  source = "./modules/bucket-policy"

  bucket_arn       = aws_s3_bucket.artifacts.arn
  kms_key_arn      = aws_kms_key.artifacts.arn
  reader_role_arns = var.runtime_reader_role_arns
  enforce_denies   = var.enforce_bucket_policy_denies

  record_reader_role_arns = var.record_reader_role_arns
  record_prefix           = var.record_prefix
}

resource "aws_s3_bucket_policy" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  policy = module.bucket_policy.json

  # A policy that names principals is "public" until the block is in place; order avoids a spurious AccessDenied.
  depends_on = [aws_s3_bucket_public_access_block.artifacts]
}
