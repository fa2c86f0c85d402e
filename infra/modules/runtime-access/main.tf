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
  functions     = "arn:${local.partition}:lambda:${var.region}:${var.runtime_account_id}:function:${var.stack_name_prefix}*"
  alarms        = "arn:${local.partition}:cloudwatch:${var.region}:${var.runtime_account_id}:alarm:${var.stack_name_prefix}*"
  log_groups = [
    "arn:${local.partition}:logs:${var.region}:${var.runtime_account_id}:log-group:/aws/lambda/${var.stack_name_prefix}*",
    "arn:${local.partition}:logs:${var.region}:${var.runtime_account_id}:log-group:/aws/lambda/${var.stack_name_prefix}*:*",
  ]
  # Roles the stacks create carry the function boundary (infra/bootstrap creates it), never the pipeline roles' one;
  # the template sets it from PermissionsBoundaryArn.
  stack_role_boundary = "${local.iam}:policy/${var.name_prefix}-function-boundary"

  # What the deploy role and the ephemeral role (ephemeral.tf) both do, each on its own stacks.
  stack_actions = [
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
    "cloudformation:ListStackResources",
    "cloudformation:DetectStackDrift",
    "cloudformation:DescribeStackResourceDrifts",
  ]
  release_actions = [
    "lambda:GetFunctionConfiguration",
    "lambda:ListVersionsByFunction",
    "lambda:PublishVersion",
    "lambda:GetAlias",
    "lambda:CreateAlias",
    "lambda:UpdateAlias",
    "lambda:InvokeFunction",
  ]
  function_drift_reads = [
    "lambda:GetFunction",
    "lambda:GetFunctionCodeSigningConfig",
    "lambda:GetFunctionRecursionConfig",
    "lambda:GetRuntimeManagementConfig",
  ]
  role_drift_reads      = ["iam:GetRole", "iam:GetRolePolicy", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies"]
  log_group_drift_reads = ["logs:ListTagsLogGroup", "logs:ListTagsForResource", "logs:GetDataProtectionPolicy"]
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
    sid       = "ChangeSetsOnOwnStacks"
    actions   = local.stack_actions
    resources = [local.stacks]
  }

  # DescribeStackDriftDetectionStatus takes a detection id, not a stack: IAM authorizes it on "*" only.
  statement {
    sid       = "DriftDetectionStatus"
    actions   = ["cloudformation:DescribeStackDriftDetectionStatus"]
    resources = ["*"]
  }

  # A release (build/Pipeline/Release) publishes a version, calls it once with the sample event (the post-deploy
  # check), moves the alias step by step and watches the alarms.
  statement {
    sid       = "ReleaseVersionsAndAlias"
    actions   = local.release_actions
    resources = [local.functions, "${local.functions}:*"]
  }

  statement {
    sid       = "ReleaseWatchesAlarms"
    actions   = ["cloudwatch:DescribeAlarms"]
    resources = [local.alarms]
  }

  statement {
    sid       = "DriftReadsAlarms"
    actions   = ["cloudwatch:ListTagsForResource"]
    resources = [local.alarms]
  }

  # Drift detection reads the stack's resources with the caller's permissions: the read handlers of each type.
  statement {
    sid       = "DriftReadsFunctions"
    actions   = local.function_drift_reads
    resources = [local.functions]
  }

  statement {
    sid       = "DriftReadsRoles"
    actions   = local.role_drift_reads
    resources = [local.stack_role_arn]
  }

  statement {
    sid       = "DriftReadsLogGroups"
    actions   = local.log_group_drift_reads
    resources = local.log_groups
  }

  statement {
    sid       = "DriftListsLogGroups"
    actions   = ["logs:DescribeLogGroups"]
    resources = ["*"]
  }

  statement {
    sid       = "ValidateTemplates"
    actions   = ["cloudformation:ValidateTemplate", "cloudformation:GetTemplateSummary"]
    resources = ["*"]
  }

  # Termination protection (prod's stack) is an operator's to lift. IAM cannot tell turning it on from turning it off, so
  # the deploy role gets neither; with it on, CloudFormation refuses the deploy role's DeleteStack.
  statement {
    sid       = "NeverTerminationProtection"
    effect    = "Deny"
    actions   = ["cloudformation:UpdateTerminationProtection"]
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

    # Confused deputy: only CloudFormation acting for this runtime account, never for a stack in another account.
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [var.runtime_account_id]
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

# Exactly what the Lambda stack creates: the function, its role, its log group, its alarms.
data "aws_iam_policy_document" "cloudformation" {
  statement {
    sid = "FunctionAlarms"
    actions = [
      "cloudwatch:PutMetricAlarm",
      "cloudwatch:DescribeAlarms",
      "cloudwatch:DeleteAlarms",
      "cloudwatch:TagResource",
      "cloudwatch:UntagResource",
      "cloudwatch:ListTagsForResource",
    ]
    resources = [local.alarms]
  }

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
      "lambda:GetFunctionCodeSigningConfig",
      "lambda:GetRuntimeManagementConfig",
      "lambda:GetFunctionRecursionConfig",
    ]
    resources = [local.functions]
  }

  # IAM writes that set what a stack role may do only when the role carries the boundary: no privilege escalation for
  # whoever can deploy, and no managed policy attached at all (the template uses inline policies).
  statement {
    sid       = "BoundedFunctionRoleWrites"
    actions   = ["iam:CreateRole", "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:PutRolePermissionsBoundary"]
    resources = [local.stack_role_arn]

    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = [local.stack_role_boundary]
    }
  }

  statement {
    sid = "FunctionRoleLifecycle"
    actions = [
      "iam:GetRole",
      "iam:DeleteRole",
      "iam:UpdateAssumeRolePolicy",
      "iam:UpdateRoleDescription",
      "iam:TagRole",
      "iam:UntagRole",
      "iam:GetRolePolicy",
      "iam:ListRolePolicies",
      "iam:ListAttachedRolePolicies",
      "iam:ListInstanceProfilesForRole",
    ]
    resources = [local.stack_role_arn]
  }

  # The pipeline's own roles share the stacks' name prefix; CloudFormation must never change them (nor import them
  # into a stack to change them there).
  statement {
    sid       = "NeverThePipelineRoles"
    effect    = "Deny"
    actions   = ["iam:*"]
    resources = [for role in [local.deploy_role, local.cfn_role, "${var.name_prefix}-ephemeral", var.provisioning_role_name] : "${local.iam}:role/${role}"]
  }

  statement {
    sid       = "NeverLiftABoundary"
    effect    = "Deny"
    actions   = ["iam:DeleteRolePermissionsBoundary"]
    resources = ["*"]
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
      "logs:TagLogGroup",
      "logs:UntagLogGroup",
      "logs:ListTagsLogGroup",
      "logs:GetDataProtectionPolicy",
    ]
    resources = local.log_groups
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
