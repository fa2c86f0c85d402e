# A developer's own feature-branch stacks: the developer role (infra/bootstrap, in the infrastructure account) assumes
# this one. Change sets, deletes and releases on the ephemeral stacks only: never the environment's own stacks, which
# share the prefix; no PassRole but the execution role's; no artifact access (the developer role uploads).
locals {
  ephemeral_stacks    = var.ephemeral == null ? null : "arn:${local.partition}:cloudformation:${var.region}:${var.runtime_account_id}:stack/${var.ephemeral.stack_prefix}*/*"
  ephemeral_functions = var.ephemeral == null ? null : "arn:${local.partition}:lambda:${var.region}:${var.runtime_account_id}:function:${var.ephemeral.stack_prefix}*"
  ephemeral_alarms    = var.ephemeral == null ? null : "arn:${local.partition}:cloudwatch:${var.region}:${var.runtime_account_id}:alarm:${var.ephemeral.stack_prefix}*"
  excluded = var.ephemeral == null ? [] : flatten([for stack in var.ephemeral.excluded_stacks : [
    "arn:${local.partition}:cloudformation:${var.region}:${var.runtime_account_id}:stack/${stack}/*",
    "arn:${local.partition}:lambda:${var.region}:${var.runtime_account_id}:function:${stack}",
    "arn:${local.partition}:lambda:${var.region}:${var.runtime_account_id}:function:${stack}:*",
  ]])
}

data "aws_iam_policy_document" "ephemeral_trust" {
  count = var.ephemeral == null ? 0 : 1

  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = [var.ephemeral.developer_role_arn]
    }
  }
}

resource "aws_iam_role" "ephemeral" {
  count = var.ephemeral == null ? 0 : 1

  name                 = "${var.name_prefix}-ephemeral"
  description          = "Assumed by the developer role to deploy and destroy ${var.ephemeral.stack_prefix}* feature-branch stacks."
  assume_role_policy   = data.aws_iam_policy_document.ephemeral_trust[0].json
  max_session_duration = 3600
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

data "aws_iam_policy_document" "ephemeral" {
  count = var.ephemeral == null ? 0 : 1

  statement {
    sid       = "ChangeSetsOnEphemeralStacks"
    actions   = local.stack_actions
    resources = [local.ephemeral_stacks]
  }

  statement {
    sid       = "AccountWideReads"
    actions   = ["cloudformation:DescribeStackDriftDetectionStatus", "cloudformation:ValidateTemplate", "logs:DescribeLogGroups"]
    resources = ["*"]
  }

  statement {
    sid       = "ReleaseEphemeralFunctions"
    actions   = concat(local.release_actions, local.function_drift_reads)
    resources = [local.ephemeral_functions, "${local.ephemeral_functions}:*"]
  }

  statement {
    sid       = "WatchEphemeralAlarms"
    actions   = ["cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource"]
    resources = [local.ephemeral_alarms]
  }

  statement {
    sid       = "DriftReadsEphemeralRolesAndLogs"
    actions   = concat(local.role_drift_reads, local.log_group_drift_reads)
    resources = ["${local.iam}:role/${var.ephemeral.stack_prefix}*", "arn:${local.partition}:logs:${var.region}:${var.runtime_account_id}:log-group:/aws/lambda/${var.ephemeral.stack_prefix}*"]
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

  # The environment's own stacks share the prefix: never theirs.
  dynamic "statement" {
    for_each = length(local.excluded) == 0 ? [] : [local.excluded]
    content {
      sid       = "NeverTheEnvironmentStacks"
      effect    = "Deny"
      actions   = ["cloudformation:*", "lambda:*"]
      resources = statement.value
    }
  }

  # An import would hand an existing resource (the environment's function, a pipeline role) to a developer's stack.
  statement {
    sid       = "NeverImport"
    effect    = "Deny"
    actions   = ["cloudformation:CreateChangeSet"]
    resources = ["*"]

    condition {
      test     = "Null"
      variable = "cloudformation:ImportResourceTypes"
      values   = ["false"]
    }
  }

  statement {
    sid       = "NeverTerminationProtection"
    effect    = "Deny"
    actions   = ["cloudformation:UpdateTerminationProtection"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "ephemeral" {
  count = var.ephemeral == null ? 0 : 1

  name   = "ephemeral-stacks"
  role   = aws_iam_role.ephemeral[0].id
  policy = data.aws_iam_policy_document.ephemeral[0].json
}
