resource "aws_cloudwatch_log_group" "builds" {
  name              = local.log_group
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_codebuild_project" "pull_request" {
  name          = "${var.name_prefix}-pull-request"
  description   = "Builds and tests pull requests; ships nothing."
  service_role  = aws_iam_role.codebuild.arn
  build_timeout = var.build_timeout_minutes
  tags          = var.tags

  source {
    type                = var.source_type
    location            = var.repository_url
    buildspec           = var.pull_request_buildspec
    git_clone_depth     = 0
    report_build_status = true
  }

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    type         = "LINUX_CONTAINER"
    image        = var.build_image
    compute_type = var.compute_type
  }

  logs_config {
    cloudwatch_logs {
      group_name = aws_cloudwatch_log_group.builds.name
    }
  }

  # CodeBuild fills in its managed key when none is set; keep plans quiet.
  lifecycle {
    ignore_changes = [encryption_key]
  }
}

resource "aws_codebuild_webhook" "pull_request" {
  project_name = aws_codebuild_project.pull_request.name
  build_type   = "BUILD"

  filter_group {
    filter {
      type    = "EVENT"
      pattern = "PULL_REQUEST_CREATED, PULL_REQUEST_UPDATED, PULL_REQUEST_REOPENED"
    }
  }
}

resource "aws_codebuild_project" "push" {
  name           = "${var.name_prefix}-push"
  description    = "Builds pushes to ${var.push_branch_pattern} and writes the deployable artifact."
  service_role   = aws_iam_role.codebuild.arn
  build_timeout  = var.build_timeout_minutes
  encryption_key = var.kms_key_arn
  tags           = var.tags

  source {
    type                = var.source_type
    location            = var.repository_url
    buildspec           = var.push_buildspec
    git_clone_depth     = 0
    report_build_status = true
  }

  artifacts {
    type                   = "S3"
    location               = var.artifact_bucket
    path                   = var.artifact_path
    name                   = var.artifact_name
    packaging              = "ZIP"
    namespace_type         = "NONE"
    override_artifact_name = false
    encryption_disabled    = false
  }

  environment {
    type         = "LINUX_CONTAINER"
    image        = var.build_image
    compute_type = var.compute_type
  }

  logs_config {
    cloudwatch_logs {
      group_name = aws_cloudwatch_log_group.builds.name
    }
  }

  lifecycle {
    ignore_changes = [encryption_key]
  }
}

resource "aws_codebuild_webhook" "push" {
  project_name = aws_codebuild_project.push.name
  build_type   = "BUILD"

  filter_group {
    filter {
      type    = "EVENT"
      pattern = "PUSH"
    }

    filter {
      type    = "HEAD_REF"
      pattern = var.push_branch_pattern
    }
  }
}
