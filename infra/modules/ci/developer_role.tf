# A developer running DeployEphemeral/DestroyEphemeral from their machine (pipeline.json's
# ephemeral.developerRoleArns, e.g. an IAM Identity Center permission set's role): reads its environment's Terraform
# outputs, uploads the feature branch's package under <application>/ephemeral/, and assumes the runtime account's
# ephemeral role. No state writes, no lock, no other runtime role, no write outside the ephemeral prefix.
locals {
  developer_role     = "${var.name_prefix}-developer"
  developer_accounts = distinct([for arn in var.developer_principal_arns : "arn:${local.partition}:iam::${split(":", arn)[4]}:root"])
}

data "aws_iam_policy_document" "developer_trust" {
  count = length(var.developer_principal_arns) == 0 ? 0 : 1

  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = local.developer_accounts
    }

    # An SSO permission set's role carries a generated suffix: match it by pattern, never trust the whole account.
    condition {
      test     = "ArnLike"
      variable = "aws:PrincipalArn"
      values   = var.developer_principal_arns
    }
  }
}

resource "aws_iam_role" "developer" {
  count = length(var.developer_principal_arns) == 0 ? 0 : 1

  name                 = local.developer_role
  assume_role_policy   = data.aws_iam_policy_document.developer_trust[0].json
  max_session_duration = 3600
  tags                 = var.tags
}

data "aws_iam_policy_document" "developer" {
  count = length(var.developer_principal_arns) == 0 ? 0 : 1

  statement {
    sid       = "StateBucket"
    actions   = ["s3:ListBucket"]
    resources = [local.state_bucket_arn]
  }

  statement {
    sid       = "ReadStateOutputs"
    actions   = ["s3:GetObject"]
    resources = [local.state_object_arn]
  }

  statement {
    sid       = "ListArtifacts"
    actions   = ["s3:ListBucket", "s3:ListBucketMultipartUploads"]
    resources = [local.artifact_bucket]
  }

  # Feature-branch packages and their records only (ArtifactKeys.EphemeralPrefix): the environment's content-addressed
  # packages and its commit and stack records are the push build's, which the developer may neither plant nor delete.
  statement {
    sid       = "EphemeralArtifacts"
    actions   = ["s3:PutObject", "s3:GetObject", "s3:GetObjectAttributes", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"]
    resources = ["${local.artifact_bucket}/${var.application_name}/ephemeral/*"]
  }

  statement {
    sid       = "ArtifactKeyThroughS3"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = ["arn:${local.partition}:kms:${var.region}:${var.infrastructure_account_id}:key/*"]

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Environment"
      values   = [var.environment_name]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${var.region}.amazonaws.com"]
    }
  }

  statement {
    sid       = "AssumeEphemeralRole"
    actions   = ["sts:AssumeRole"]
    resources = ["arn:${local.partition}:iam::${var.runtime_account_id}:role/${var.name_prefix}-ephemeral"]
  }
}

resource "aws_iam_role_policy" "developer" {
  count = length(var.developer_principal_arns) == 0 ? 0 : 1

  name   = "ephemeral-stacks"
  role   = aws_iam_role.developer[0].id
  policy = data.aws_iam_policy_document.developer[0].json
}
