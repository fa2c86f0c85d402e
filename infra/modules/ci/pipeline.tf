resource "aws_codepipeline" "deploy" {
  name          = "${var.name_prefix}-deploy"
  role_arn      = aws_iam_role.codepipeline.arn
  pipeline_type = "V2"
  tags          = var.tags

  artifact_store {
    type     = "S3"
    location = var.artifact_bucket

    encryption_key {
      type = "KMS"
      id   = var.kms_key_arn
    }
  }

  stage {
    name = "Source"

    action {
      name             = "Artifact"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["Package"]

      configuration = {
        S3Bucket             = var.artifact_bucket
        S3ObjectKey          = local.artifact_key
        PollForSourceChanges = "false"
      }
    }
  }

  # The seed's cross-account shape: the action runs as the runtime account's deploy role,
  # CloudFormation runs the stack as that account's execution role.
  stage {
    name = "Deploy"

    action {
      name            = "CreateChangeSet"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CloudFormation"
      version         = "1"
      run_order       = 1
      input_artifacts = ["Package"]
      role_arn        = var.deploy_role_arn

      configuration = {
        ActionMode    = "CHANGE_SET_REPLACE"
        StackName     = var.stack_name
        ChangeSetName = "${var.stack_name}-pipeline"
        TemplatePath  = "Package::${var.template_file}"
        Capabilities  = "CAPABILITY_IAM"
        RoleArn       = var.cloudformation_role_arn
      }
    }

    action {
      name      = "ExecuteChangeSet"
      category  = "Deploy"
      owner     = "AWS"
      provider  = "CloudFormation"
      version   = "1"
      run_order = 2
      role_arn  = var.deploy_role_arn

      configuration = {
        ActionMode    = "CHANGE_SET_EXECUTE"
        StackName     = var.stack_name
        ChangeSetName = "${var.stack_name}-pipeline"
      }
    }
  }
}

resource "aws_s3_bucket_notification" "artifacts" {
  bucket      = var.artifact_bucket
  eventbridge = true
}

resource "aws_cloudwatch_event_rule" "artifact_written" {
  name        = "${var.name_prefix}-artifact-written"
  description = "Starts ${aws_codepipeline.deploy.name} when the push build writes ${local.artifact_key}."
  tags        = var.tags

  event_pattern = jsonencode({
    source        = ["aws.s3"]
    "detail-type" = ["Object Created"]
    detail = {
      bucket = { name = [var.artifact_bucket] }
      object = { key = [local.artifact_key] }
    }
  })
}

resource "aws_cloudwatch_event_target" "pipeline" {
  rule     = aws_cloudwatch_event_rule.artifact_written.name
  arn      = aws_codepipeline.deploy.arn
  role_arn = aws_iam_role.events.arn
}
