# What a pull request runs with. It controls its own buildspec and build.sh, so this is what an attacker gets:
# logs, test reports and reading the source; no artifact bucket, no key, no Terraform state, no runtime role.
resource "aws_iam_role" "pull_request" {
  count              = var.pull_request_project ? 1 : 0
  name               = local.pull_request_role
  assume_role_policy = data.aws_iam_policy_document.codebuild_trust.json
  tags               = var.tags
}

data "aws_iam_policy_document" "pull_request" {
  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${local.log_arn}:/aws/codebuild/${local.pull_request_project}:*"]
  }

  statement {
    sid       = "Reports"
    actions   = ["codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport", "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"]
    resources = ["${local.reports}/${local.pull_request_project}-*"]
  }

  dynamic "statement" {
    for_each = local.connection_arn == null ? [] : [local.connection_arn]
    content {
      sid       = "ReadSource"
      actions   = ["codeconnections:UseConnection", "codeconnections:GetConnectionToken", "codestar-connections:UseConnection", "codestar-connections:GetConnectionToken"]
      resources = [statement.value]
    }
  }
}

resource "aws_iam_role_policy" "pull_request" {
  count  = var.pull_request_project ? 1 : 0
  name   = "pull-request"
  role   = aws_iam_role.pull_request[0].id
  policy = data.aws_iam_policy_document.pull_request.json
}
