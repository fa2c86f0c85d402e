# What a push to this environment's branch runs with: its environment's state, the artifact store Terraform manages
# in this account (bucket and key tagged with the environment), uploads with that key, and AssumeRole of exactly
# two roles in its own runtime account. Nothing of another environment.
resource "aws_iam_role" "push" {
  name               = local.push_role
  assume_role_policy = data.aws_iam_policy_document.push_trust.json
  tags               = var.tags
}

data "aws_iam_policy_document" "push" {
  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${local.log_arn}:/aws/codebuild/${local.push_project}:*"]
  }

  statement {
    sid       = "Reports"
    actions   = ["codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport", "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"]
    resources = ["${local.reports}/${local.push_project}-*"]
  }

  dynamic "statement" {
    for_each = local.connection_arn == null ? [] : [local.connection_arn]
    content {
      sid       = "ReadSource"
      actions   = ["codeconnections:UseConnection", "codeconnections:GetConnectionToken", "codestar-connections:UseConnection", "codestar-connections:GetConnectionToken"]
      resources = [statement.value]
    }
  }

  statement {
    sid       = "StateBucket"
    actions   = ["s3:ListBucket"]
    resources = [local.state_bucket_arn]
  }

  statement {
    sid       = "StateReadWrite"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = [local.state_object_arn]
  }

  statement {
    sid       = "StateLock"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${local.state_object_arn}.tflock"]
  }

  statement {
    sid       = "ManageArtifactBucket"
    actions   = ["s3:CreateBucket", "s3:DeleteBucket", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListBucketVersions", "s3:GetBucket*", "s3:PutBucket*", "s3:DeleteBucketPolicy", "s3:GetEncryptionConfiguration", "s3:PutEncryptionConfiguration", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:GetAccelerateConfiguration", "s3:GetReplicationConfiguration", "s3:GetAnalyticsConfiguration"]
    resources = [local.artifact_bucket]
  }

  statement {
    sid       = "WriteArtifacts"
    actions   = ["s3:PutObject", "s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectAttributes", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"]
    resources = ["${local.artifact_bucket}/*"]
  }

  statement {
    sid       = "CreateArtifactKey"
    actions   = ["kms:CreateKey", "kms:TagResource"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "aws:RequestTag/Environment"
      values   = [var.environment_name]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:RequestTag/Application"
      values   = [var.application_name]
    }

    # Tags only a key being created (or one no environment has claimed): retagging another environment's key would
    # hand it UseAndManageArtifactKey below.
    condition {
      test     = "Null"
      variable = "aws:ResourceTag/Environment"
      values   = ["true"]
    }
  }

  statement {
    sid       = "UseAndManageArtifactKey"
    actions   = ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:PutKeyPolicy", "kms:GetKeyRotationStatus", "kms:EnableKeyRotation", "kms:ListResourceTags", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:Encrypt", "kms:GenerateDataKey", "kms:Decrypt", "kms:CreateAlias", "kms:DeleteAlias"]
    resources = ["arn:${local.partition}:kms:${var.region}:${var.infrastructure_account_id}:key/*"]

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Environment"
      values   = [var.environment_name]
    }
  }

  statement {
    sid       = "ArtifactKeyAlias"
    actions   = ["kms:CreateAlias", "kms:DeleteAlias"]
    resources = ["arn:${local.partition}:kms:${var.region}:${var.infrastructure_account_id}:alias/${var.artifact_bucket}"]
  }

  statement {
    sid       = "ListAliases"
    actions   = ["kms:ListAliases"]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = var.promotion_source == null ? [] : [var.promotion_source]
    content {
      sid       = "ReadPromotionRecords"
      actions   = ["s3:GetObject"]
      resources = ["arn:${local.partition}:s3:::${statement.value.bucket}/${var.application_name}/stacks/*"]
    }
  }

  dynamic "statement" {
    for_each = var.promotion_source == null ? [] : [var.promotion_source]
    content {
      sid       = "DecryptPromotionRecords"
      actions   = ["kms:Decrypt"]
      resources = ["arn:${local.partition}:kms:${statement.value.region}:${statement.value.account_id}:key/*"]

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["s3.${statement.value.region}.amazonaws.com"]
      }
    }
  }

  statement {
    sid       = "AssumeOwnRuntimeRoles"
    actions   = ["sts:AssumeRole"]
    resources = local.runtime_role_arns
  }
}

resource "aws_iam_role_policy" "push" {
  name   = "push"
  role   = aws_iam_role.push.id
  policy = data.aws_iam_policy_document.push.json
}
