data "aws_iam_policy_document" "codebuild_trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [var.infrastructure_account_id]
    }
  }
}

# The local rehearsal acts as the push role (assumes it) so its calls are made by the principal that makes them in
# CodeBuild; on AWS this list is empty and only CodeBuild can assume it.
data "aws_iam_policy_document" "push_trust" {
  source_policy_documents = [data.aws_iam_policy_document.codebuild_trust.json]

  dynamic "statement" {
    for_each = length(var.rehearsal_principals) == 0 ? [] : [1]
    content {
      sid     = "LocalRehearsal"
      actions = ["sts:AssumeRole"]

      principals {
        type        = "AWS"
        identifiers = var.rehearsal_principals
      }
    }
  }
}
