output "push_role_arn" {
  description = "Role the environment's push project runs as; the runtime deploy and provisioning roles trust it."
  value       = aws_iam_role.push.arn
}

output "pull_request_role_arn" {
  description = "Role the pull-request project runs as (null where this environment does not host it)."
  value       = var.pull_request_project ? aws_iam_role.pull_request[0].arn : null
}

output "push_project" {
  description = "Name of the push CodeBuild project."
  value       = local.push_project
}

output "pull_request_project" {
  description = "Name of the pull-request CodeBuild project (null where this environment does not host it)."
  value       = var.pull_request_project ? local.pull_request_project : null
}

output "push_ref_pattern" {
  description = "HEAD_REF pattern of the pushes that start the push project."
  value       = local.push_ref_pattern
}

output "connection_arn" {
  description = "The repository connection (approve it once in the console while it is PENDING)."
  value       = local.connection_arn
}

output "developer_role_arn" {
  description = "Role developers assume for ephemeral stacks (null when none are configured)."
  value       = length(var.developer_principal_arns) == 0 ? null : aws_iam_role.developer[0].arn
}
