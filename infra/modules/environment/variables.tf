variable "application_name" {
  description = "Short name of the application; prefixes every resource name."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,23}$", var.application_name))
    error_message = "application_name must be 2-24 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "environment_name" {
  description = "Environment this instance configures (preprod, prod, ...)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,15}$", var.environment_name))
    error_message = "environment_name must be 2-16 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "infrastructure_account_id" {
  description = "Account holding CI, the artifact bucket and the KMS key."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.infrastructure_account_id))
    error_message = "infrastructure_account_id must be a 12-digit AWS account id."
  }
}

variable "runtime_account_id" {
  description = "Account the Lambda stack runs in, reached only by AssumeRole."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.runtime_account_id))
    error_message = "runtime_account_id must be a 12-digit AWS account id."
  }
}

variable "region" {
  description = "Region of everything this environment creates."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "deploy_trusted_role_arns" {
  description = "Infrastructure-account roles the deploy role trusts: the environment's push project role."
  type        = list(string)

  validation {
    condition     = length(var.deploy_trusted_role_arns) > 0 && alltrue([for arn in var.deploy_trusted_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", arn))])
    error_message = "deploy_trusted_role_arns must hold at least one IAM role ARN, and role ARNs only."
  }
}

variable "deploy_external_id" {
  description = "External id the deploy role requires (null: none)."
  type        = string
  sensitive   = true
}

variable "stack_name_prefix" {
  description = "Prefix of the CloudFormation stacks the deploy role may change."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,63}$", var.stack_name_prefix))
    error_message = "stack_name_prefix must start with a letter and use letters, digits and hyphens."
  }
}

variable "provisioning_role_name" {
  description = "The role Terraform assumes in the runtime account (pipeline.json: provisioningRoleName)."
  type        = string
}

variable "permissions_boundary_arn" {
  description = "Boundary every role this environment creates in the runtime account carries (made by infra/bootstrap)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:policy/.+$", var.permissions_boundary_arn))
    error_message = "permissions_boundary_arn must be an IAM policy ARN."
  }
}

variable "artifact_retention_days" {
  description = "Days a superseded artifact version is kept."
  type        = number

  validation {
    condition     = var.artifact_retention_days >= 1 && var.artifact_retention_days <= 3650
    error_message = "artifact_retention_days must be between 1 and 3650."
  }
}

variable "enforce_bucket_policy_denies" {
  description = "Keep the artifact bucket policy's Deny statements; false only for moto, which ignores their conditions."
  type        = bool
  default     = true
}

variable "force_destroy_artifacts" {
  description = "Let destroy delete the artifact bucket with its contents (local rehearsals)."
  type        = bool
  default     = false
}

variable "kms_deletion_window_days" {
  description = "Waiting period before a destroyed artifact key is deleted."
  type        = number
  default     = 30
}

variable "promotion_reader_role_arns" {
  description = "Push roles of the environments that promote from this one: they read its stack records."
  type        = list(string)
  default     = []
}

variable "ephemeral" {
  description = "Developers' feature-branch stacks based on this environment (null: none); see modules/runtime-access."
  type = object({
    stack_prefix       = string
    developer_role_arn = string
    excluded_stacks    = list(string)
  })
  default = null
}
