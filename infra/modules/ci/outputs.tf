output "codebuild_role_arn" {
  description = "Role both CodeBuild projects run as; the runtime deploy role trusts it."
  value       = aws_iam_role.codebuild.arn
}

output "codepipeline_role_arn" {
  description = "Role the pipeline runs as; the runtime deploy role trusts it."
  value       = aws_iam_role.codepipeline.arn
}

output "trusted_role_arns" {
  description = "Both roles above, for the deploy role's trust policy."
  value       = [aws_iam_role.codebuild.arn, aws_iam_role.codepipeline.arn]
}

output "pull_request_project" {
  description = "Name of the pull-request CodeBuild project."
  value       = aws_codebuild_project.pull_request.name
}

output "push_project" {
  description = "Name of the push CodeBuild project."
  value       = aws_codebuild_project.push.name
}

output "pipeline_name" {
  description = "Name of the deploy pipeline."
  value       = aws_codepipeline.deploy.name
}
