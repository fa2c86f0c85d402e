output "deploy_role_arn" {
  description = "Role the infrastructure account's build assumes to deploy."
  value       = aws_iam_role.deploy.arn
}

output "cloudformation_role_arn" {
  description = "Role CloudFormation runs the Lambda stack with."
  value       = aws_iam_role.cloudformation.arn
}

output "ephemeral_role_arn" {
  description = "Role a developer's ephemeral deploy assumes (null when no developer roles are configured)."
  value       = var.ephemeral == null ? null : aws_iam_role.ephemeral[0].arn
}
