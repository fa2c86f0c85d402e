output "push_role_arn" {
  description = "Role the environment's push project runs as."
  value       = module.ci.push_role_arn
}

output "pull_request_role_arn" {
  description = "Role the pull-request project runs as (null where another environment hosts it)."
  value       = module.ci.pull_request_role_arn
}

output "push_project" {
  description = "The environment's push CodeBuild project."
  value       = module.ci.push_project
}

output "pull_request_project" {
  description = "The pull-request CodeBuild project (null where another environment hosts it)."
  value       = module.ci.pull_request_project
}

output "push_ref_pattern" {
  description = "Pushes that start the push project."
  value       = module.ci.push_ref_pattern
}

output "connection_arn" {
  description = "Repository connection to approve in the console."
  value       = module.ci.connection_arn
}

output "provisioning_role_arn" {
  description = "Runtime-account role the environment's Terraform assumes."
  value       = module.runtime_provisioning.provisioning_role_arn
}

output "permissions_boundary_arn" {
  description = "Boundary of every role the environment creates in the runtime account."
  value       = module.runtime_provisioning.permissions_boundary_arn
}

output "function_boundary_arn" {
  description = "Boundary of every role the stacks create in the runtime account (the template's PermissionsBoundaryArn)."
  value       = module.runtime_provisioning.function_boundary_arn
}

output "developer_role_arn" {
  description = "Role developers assume (source_profile: their SSO profile) to run DeployEphemeral/DestroyEphemeral; null: none."
  value       = module.ci.developer_role_arn
}
