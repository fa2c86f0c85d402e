data "aws_partition" "current" {}

locals {
  partition      = data.aws_partition.current.partition
  iam            = "arn:${local.partition}:iam::${var.runtime_account_id}"
  stacks         = "arn:${local.partition}:cloudformation:${var.region}:${var.runtime_account_id}:stack/${var.stack_name_prefix}*/*"
  bucket_arn     = "arn:${local.partition}:s3:::${var.artifact_bucket}"
  deploy_role    = "${var.name_prefix}-deploy"
  cfn_role       = "${var.name_prefix}-cloudformation"
  stack_role_arn = "${local.iam}:role/${var.stack_name_prefix}*"
  # The key's ARN is not known here (the key trusts these roles, so it is created after them); its own policy is the gate.
  artifact_keys = "arn:${local.partition}:kms:${var.region}:${var.infrastructure_account_id}:key/*"
  via_s3        = "s3.${var.region}.amazonaws.com"
}

data "aws_iam_policy_document" "deploy_trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = var.trusted_role_arns
    }

    dynamic "condition" {
      for_each = var.external_id == null ? [] : [var.external_id]
      content {
        test     = "StringEquals"
        variable = "sts:ExternalId"
        values   = [condition.value]
      }
    }
  }
}

resource "aws_iam_role" "deploy" {
  name                 = local.deploy_role
  description          = "Assumed from the infrastructure account to run CloudFormation change sets on ${var.stack_name_prefix}* stacks."
  assume_role_policy   = data.aws_iam_policy_document.deploy_trust.json
  max_session_duration = 3600
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

data "aws_iam_policy_document" "deploy" {
  statement {
    sid = "ChangeSetsOnOwnStacks"
    actions = [
      "cloudformation:CreateChangeSet",
      "cloudformation:DescribeChangeSet",
      "cloudformation:ExecuteChangeSet",
      "cloudformation:DeleteChangeSet",
      "cloudformation:ListChangeSets",
      "cloudformation:DescribeStacks",
      "cloudformation:DescribeStackEvents",
      "cloudformation:DescribeStackResources",
      "cloudformation:GetTemplate",
      "cloudformation:GetTemplateSummary",
      "cloudformation:DeleteStack",
    ]
    resources = [local.stacks]
  }

  statement {
    sid       = "ValidateTemplates"
    actions   = ["cloudformation:ValidateTemplate", "cloudformation:GetTemplateSummary"]
    resources = ["*"]
  }

  statement {
    sid       = "PassExecutionRole"
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.cloudformation.arn]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["cloudformation.amazonaws.com"]
    }
  }

  statement {
    sid       = "ReadArtifacts"
    actions   = ["s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"]
    resources = [local.bucket_arn, "${local.bucket_arn}/*"]
  }

  statement {
    sid       = "DecryptArtifacts"
    actions   = ["kms:Decrypt", "kms:DescribeKey"]
    resources = [local.artifact_keys]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.via_s3]
    }
  }
}

resource "aws_iam_role_policy" "deploy" {
  name   = "deploy"
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}

data "aws_iam_policy_document" "cloudformation_trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["cloudformation.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "cloudformation" {
  name                 = local.cfn_role
  description          = "CloudFormation execution role for the ${var.stack_name_prefix}* Lambda stacks."
  assume_role_policy   = data.aws_iam_policy_document.cloudformation_trust.json
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

# Exactly what the Lambda stack creates: the function, its role, its log group.
data "aws_iam_policy_document" "cloudformation" {
  statement {
    sid = "LambdaFunction"
    actions = [
      "lambda:CreateFunction",
      "lambda:DeleteFunction",
      "lambda:GetFunction",
      "lambda:GetFunctionConfiguration",
      "lambda:UpdateFunctionCode",
      "lambda:UpdateFunctionConfiguration",
      "lambda:ListTags",
      "lambda:TagResource",
      "lambda:UntagResource",
      "lambda:PublishVersion",
      "lambda:ListVersionsByFunction",
    ]
    resources = ["arn:${local.partition}:lambda:${var.region}:${var.runtime_account_id}:function:${var.stack_name_prefix}*"]
  }

  statement {
    sid = "FunctionRole"
    actions = [
      "iam:CreateRole",
      "iam:DeleteRole",
      "iam:GetRole",
      "iam:UpdateAssumeRolePolicy",
      "iam:TagRole",
      "iam:UntagRole",
      "iam:PutRolePolicy",
      "iam:GetRolePolicy",
      "iam:DeleteRolePolicy",
      "iam:AttachRolePolicy",
      "iam:DetachRolePolicy",
    ]
    resources = [local.stack_role_arn]
  }

  statement {
    sid       = "PassFunctionRole"
    actions   = ["iam:PassRole"]
    resources = [local.stack_role_arn]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["lambda.amazonaws.com"]
    }
  }

  statement {
    sid = "FunctionLogGroup"
    actions = [
      "logs:CreateLogGroup",
      "logs:DeleteLogGroup",
      "logs:PutRetentionPolicy",
      "logs:DeleteRetentionPolicy",
      "logs:TagResource",
      "logs:UntagResource",
      "logs:ListTagsForResource",
    ]
    resources = [
      "arn:${local.partition}:logs:${var.region}:${var.runtime_account_id}:log-group:/aws/lambda/${var.stack_name_prefix}*",
      "arn:${local.partition}:logs:${var.region}:${var.runtime_account_id}:log-group:/aws/lambda/${var.stack_name_prefix}*:*",
    ]
  }

  statement {
    sid       = "DescribeLogGroups"
    actions   = ["logs:DescribeLogGroups"]
    resources = ["*"]
  }

  statement {
    sid       = "ReadCode"
    actions   = ["s3:GetObject", "s3:GetObjectVersion"]
    resources = ["${local.bucket_arn}/*"]
  }

  statement {
    sid       = "DecryptCode"
    actions   = ["kms:Decrypt", "kms:DescribeKey"]
    resources = [local.artifact_keys]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [local.via_s3]
    }
  }
}

resource "aws_iam_role_policy" "cloudformation" {
  name   = "lambda-stack"
  role   = aws_iam_role.cloudformation.id
  policy = data.aws_iam_policy_document.cloudformation.json
}
