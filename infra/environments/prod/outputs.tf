output "artifact_bucket" {
  description = "Bucket the build uploads artifacts to."
  value       = module.environment.artifact_bucket
}

output "kms_key_arn" {
  description = "Key ARN (never an alias) artifacts are encrypted with."
  value       = module.environment.kms_key_arn
}

output "deploy_role_arn" {
  description = "Runtime-account role the deploy step assumes."
  value       = module.environment.deploy_role_arn
}

output "cloudformation_role_arn" {
  description = "Runtime-account role CloudFormation runs the stack with."
  value       = module.environment.cloudformation_role_arn
}

output "region" {
  description = "Region of the stack and the bucket."
  value       = module.environment.region
}

output "runtime_account_id" {
  description = "Account the stack runs in."
  value       = module.environment.runtime_account_id
}

output "ephemeral_role_arn" {
  description = "Runtime-account role a developer's DeployEphemeral/DestroyEphemeral assumes (null: none)."
  value       = module.environment.ephemeral_role_arn
}
