variable "name_prefix" {
  description = "Prefix of the role names, e.g. <application>-<environment>."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9+=,.@_-]{0,39}$", var.name_prefix))
    error_message = "name_prefix must start with a letter and have at most 40 IAM name characters."
  }
}

variable "runtime_account_id" {
  description = "Account the roles live in and the stacks run in."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.runtime_account_id))
    error_message = "runtime_account_id must be a 12-digit AWS account id."
  }
}

variable "infrastructure_account_id" {
  description = "Account holding the artifact bucket and key."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.infrastructure_account_id))
    error_message = "infrastructure_account_id must be a 12-digit AWS account id."
  }
}

variable "region" {
  description = "Region of the stacks, the bucket and the key."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "trusted_role_arns" {
  description = "Infrastructure-account build and pipeline role ARNs allowed to assume the deploy role."
  type        = list(string)

  validation {
    condition     = length(var.trusted_role_arns) > 0 && alltrue([for arn in var.trusted_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", arn))])
    error_message = "trusted_role_arns must list at least one IAM role ARN; the deploy role trusts nothing else."
  }
}

variable "external_id" {
  description = "External id the deploy role requires on AssumeRole (null: none)."
  type        = string
  default     = null

  validation {
    condition     = var.external_id == null || can(regex("^[a-zA-Z0-9+=,.@:/-]{2,1224}$", var.external_id))
    error_message = "external_id must be 2-1224 characters of letters, digits and +=,.@:/-."
  }
}

variable "stack_name_prefix" {
  description = "The deploy role may only change stacks whose names start with this; the Lambda stack's resources are named from it."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,63}$", var.stack_name_prefix))
    error_message = "stack_name_prefix must start with a letter and use letters, digits and hyphens (CloudFormation stack name rules)."
  }
}

variable "artifact_bucket" {
  description = "Name of the artifact bucket in the infrastructure account."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", var.artifact_bucket))
    error_message = "artifact_bucket must be an S3 bucket name."
  }
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}

variable "provisioning_role_name" {
  description = "The role Terraform assumes in this account: the execution role may never change it."
  type        = string
}

variable "permissions_boundary_arn" {
  description = "Permissions boundary both roles carry (the provisioning role may only create bounded roles)."
  type        = string
}

variable "ephemeral" {
  description = "Feature-branch stacks developers deploy themselves (null: none): their stack prefix, the developer role that may assume the ephemeral role, and the environment stacks it must never touch."
  type = object({
    stack_prefix       = string
    developer_role_arn = string
    excluded_stacks    = list(string)
  })
  default = null

  validation {
    condition     = var.ephemeral == null || can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", var.ephemeral.developer_role_arn))
    error_message = "ephemeral.developer_role_arn must be an IAM role ARN."
  }
}
