data "aws_partition" "current" {}

locals {
  partition     = data.aws_partition.current.partition
  bucket_arn    = "arn:${local.partition}:s3:::${var.artifact_bucket}"
  artifact_key  = "${var.artifact_path}/${var.artifact_name}"
  log_group     = "/aws/codebuild/${var.name_prefix}"
  log_group_arn = "arn:${local.partition}:logs:${var.region}:${var.infrastructure_account_id}:log-group:${local.log_group}"
  build_arns    = ["arn:${local.partition}:codebuild:${var.region}:${var.infrastructure_account_id}:project/${var.name_prefix}-*"]
}
