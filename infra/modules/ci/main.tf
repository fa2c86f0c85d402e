resource "aws_cloudwatch_log_group" "push" {
  count             = var.create_codebuild ? 1 : 0
  name              = "/aws/codebuild/${local.push_project}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_codebuild_project" "push" {
  count         = var.create_codebuild ? 1 : 0
  name          = local.push_project
  description   = "Builds pushes to ${join(", ", var.branches)} and deploys ${var.environment_name} (./build.sh --target=Ci)."
  service_role  = aws_iam_role.push.arn
  build_timeout = var.build_timeout_minutes
  tags          = var.tags

  source {
    type                = var.source_type
    location            = var.repository_url
    buildspec           = "buildspec/push.yml"
    git_clone_depth     = 0
    report_build_status = true
  }

  artifacts {
    type = "NO_ARTIFACTS"
  }

  cache {
    type  = "LOCAL"
    modes = ["LOCAL_SOURCE_CACHE", "LOCAL_CUSTOM_CACHE"]
  }

  environment {
    type         = "LINUX_CONTAINER"
    image        = var.build_image
    compute_type = var.compute_type
  }

  logs_config {
    cloudwatch_logs {
      group_name = aws_cloudwatch_log_group.push[0].name
    }
  }

  depends_on = [aws_codebuild_source_credential.source]
}

resource "aws_codebuild_webhook" "push" {
  count        = var.create_codebuild ? 1 : 0
  project_name = aws_codebuild_project.push[0].name
  build_type   = "BUILD"

  filter_group {
    filter {
      type    = "EVENT"
      pattern = "PUSH"
    }

    filter {
      type    = "HEAD_REF"
      pattern = local.push_ref_pattern
    }
  }
}

resource "aws_cloudwatch_log_group" "pull_request" {
  count             = var.create_codebuild && var.pull_request_project ? 1 : 0
  name              = "/aws/codebuild/${local.pull_request_project}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_codebuild_project" "pull_request" {
  count         = var.create_codebuild && var.pull_request_project ? 1 : 0
  name          = local.pull_request_project
  description   = "Builds and tests pull requests; ships nothing, holds no deploy permission."
  service_role  = aws_iam_role.pull_request[0].arn
  build_timeout = var.build_timeout_minutes
  tags          = var.tags

  source {
    type                = var.source_type
    location            = var.repository_url
    buildspec           = "buildspec/pull-request.yml"
    git_clone_depth     = 0
    report_build_status = true
  }

  artifacts {
    type = "NO_ARTIFACTS"
  }

  cache {
    type  = "LOCAL"
    modes = ["LOCAL_SOURCE_CACHE", "LOCAL_CUSTOM_CACHE"]
  }

  environment {
    type         = "LINUX_CONTAINER"
    image        = var.build_image
    compute_type = var.compute_type
  }

  logs_config {
    cloudwatch_logs {
      group_name = aws_cloudwatch_log_group.pull_request[0].name
    }
  }

  depends_on = [aws_codebuild_source_credential.source]
}

resource "aws_codebuild_webhook" "pull_request" {
  count        = var.create_codebuild && var.pull_request_project ? 1 : 0
  project_name = aws_codebuild_project.pull_request[0].name
  build_type   = "BUILD"

  filter_group {
    filter {
      type    = "EVENT"
      pattern = "PULL_REQUEST_CREATED, PULL_REQUEST_UPDATED, PULL_REQUEST_REOPENED"
    }
  }
}
