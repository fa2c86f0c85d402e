data "aws_partition" "current" {}

locals {
  iam          = "arn:${data.aws_partition.current.partition}:iam::${var.runtime_account_id}"
  boundary_arn = "${local.iam}:policy/${var.name_prefix}-boundary"
  # The ceiling of the roles the stacks' templates create (the functions' roles), far below the pipeline's own roles.
  function_boundary_arn = "${local.iam}:policy/${var.name_prefix}-function-boundary"
  function_log_groups   = "arn:${data.aws_partition.current.partition}:logs:*:${var.runtime_account_id}:log-group:/aws/lambda/${var.stack_name_prefix}*"
  managed_role          = "${local.iam}:role/${var.name_prefix}-*"
  stack_role            = "${local.iam}:role/${var.stack_name_prefix}*"
  self                  = "${local.iam}:role/${var.provisioning_role_name}"
}

# The ceiling of the pipeline's roles in this account (deploy, CloudFormation execution, ephemeral): the services a
# Lambda stack uses, and IAM only for roles that carry a boundary. No role can lift itself above it.
data "aws_iam_policy_document" "boundary" {
  statement {
    sid       = "StackServices"
    actions   = ["cloudformation:*", "lambda:*", "logs:*", "cloudwatch:*", "xray:*", "s3:GetObject", "s3:GetObjectVersion", "kms:Decrypt", "kms:DescribeKey", "sts:GetCallerIdentity"]
    resources = ["*"]
  }

  statement {
    sid       = "PassAndReadStackRoles"
    actions   = ["iam:PassRole", "iam:GetRole", "iam:GetRolePolicy", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole", "iam:TagRole", "iam:UntagRole", "iam:UpdateRole", "iam:UpdateRoleDescription", "iam:UpdateAssumeRolePolicy", "iam:DeleteRole", "iam:DeleteRolePolicy", "iam:DetachRolePolicy"]
    resources = [local.managed_role, local.stack_role]
  }

  statement {
    sid       = "BoundedRolesOnly"
    actions   = ["iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:PutRolePermissionsBoundary"]
    resources = [local.managed_role, local.stack_role]

    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = [local.boundary_arn, local.function_boundary_arn]
    }
  }

  statement {
    sid       = "KeepTheBoundary"
    effect    = "Deny"
    actions   = ["iam:DeleteRolePermissionsBoundary", "iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:DeletePolicyVersion", "iam:SetDefaultPolicyVersion"]
    resources = ["*"]
  }
}

# The ceiling of every role a stack creates: its function's own logs and tracing. A stack deployed by whoever holds
# the ephemeral or deploy role can then create no role that reaches another function, stack or role. A service whose
# functions need more (a table, a queue) adds it here, in the bootstrap only an administrator applies.
data "aws_iam_policy_document" "function_boundary" {
  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
    resources = [local.function_log_groups, "${local.function_log_groups}:*"]
  }

  statement {
    sid       = "Tracing"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "function_boundary" {
  name        = "${var.name_prefix}-function-boundary"
  description = "Permissions boundary of every role the ${var.stack_name_prefix}* stacks create in this account."
  policy      = data.aws_iam_policy_document.function_boundary.json
  tags        = var.tags
}

resource "aws_iam_policy" "boundary" {
  name        = "${var.name_prefix}-boundary"
  description = "Permissions boundary of every role ${var.name_prefix} creates in this account."
  policy      = data.aws_iam_policy_document.boundary.json
  tags        = var.tags
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = var.trusted_role_arns
    }
  }
}

resource "aws_iam_role" "provisioning" {
  name                 = var.provisioning_role_name
  description          = "Terraform for ${var.name_prefix}: creates the deploy and execution roles, each with the boundary."
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = 3600
  tags                 = var.tags
}

# What infra/modules/runtime-access needs, and only for the environment's own roles.
data "aws_iam_policy_document" "provisioning" {
  statement {
    sid       = "ReadRoles"
    actions   = ["iam:GetRole", "iam:GetRolePolicy", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole"]
    resources = [local.managed_role]
  }

  statement {
    sid       = "CreateBoundedRoles"
    actions   = ["iam:CreateRole", "iam:PutRolePermissionsBoundary", "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:AttachRolePolicy", "iam:DetachRolePolicy"]
    resources = [local.managed_role]

    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = [local.boundary_arn]
    }
  }

  statement {
    sid       = "ChangeOwnRoles"
    actions   = ["iam:DeleteRole", "iam:TagRole", "iam:UntagRole", "iam:UpdateRole", "iam:UpdateRoleDescription", "iam:UpdateAssumeRolePolicy"]
    resources = [local.managed_role]
  }

  statement {
    sid       = "ReadBoundary"
    actions   = ["iam:GetPolicy", "iam:GetPolicyVersion"]
    resources = [local.boundary_arn]
  }

  statement {
    sid         = "NeverItselfNorTheBoundary"
    effect      = "Deny"
    resources   = [local.self, local.boundary_arn, local.function_boundary_arn]
    not_actions = ["iam:GetRole", "iam:GetPolicy", "iam:GetPolicyVersion"]
  }

  statement {
    sid       = "NeverLiftABoundary"
    effect    = "Deny"
    actions   = ["iam:DeleteRolePermissionsBoundary"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "provisioning" {
  name   = "provisioning"
  role   = aws_iam_role.provisioning.id
  policy = data.aws_iam_policy_document.provisioning.json
}
