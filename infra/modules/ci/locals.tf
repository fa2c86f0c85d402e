data "aws_partition" "current" {}

locals {
  partition = data.aws_partition.current.partition
  iam       = "arn:${local.partition}:iam::${var.infrastructure_account_id}"
  log_arn   = "arn:${local.partition}:logs:${var.region}:${var.infrastructure_account_id}:log-group"
  reports   = "arn:${local.partition}:codebuild:${var.region}:${var.infrastructure_account_id}:report-group"

  push_project         = "${var.name_prefix}-push"
  pull_request_project = "${var.application_name}-pull-request"
  push_role            = "${var.name_prefix}-push"
  pull_request_role    = "${var.application_name}-pull-request"

  # One push project per environment, started only by pushes to that environment's branches.
  push_ref_pattern = "^refs/heads/(${join("|", [for branch in var.branches : replace(branch, ".", "\\.")])})$"

  state_bucket_arn = "arn:${local.partition}:s3:::${var.state_bucket}"
  state_object_arn = "${local.state_bucket_arn}/${var.state_key}"
  artifact_bucket  = "arn:${local.partition}:s3:::${var.artifact_bucket}"
  runtime_role_arns = [
    "arn:${local.partition}:iam::${var.runtime_account_id}:role/${var.name_prefix}-deploy",
    "arn:${local.partition}:iam::${var.runtime_account_id}:role/${var.provisioning_role_name}",
  ]
  connection_arn = var.create_codebuild ? (var.create_connection ? aws_codeconnections_connection.source[0].arn : var.connection_arn) : null
}
