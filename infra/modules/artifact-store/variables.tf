variable "bucket_name" {
  description = "Name of the artifact bucket (globally unique)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "bucket_name must be 3-63 lowercase letters, digits or hyphens, starting and ending with a letter or digit."
  }
}

variable "infrastructure_account_id" {
  description = "Account that owns the bucket and the key."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.infrastructure_account_id))
    error_message = "infrastructure_account_id must be a 12-digit AWS account id."
  }
}

variable "runtime_reader_role_arns" {
  description = "Runtime-account roles (deploy role, CloudFormation execution role) that may read artifacts and decrypt them."
  type        = list(string)

  validation {
    condition     = length(var.runtime_reader_role_arns) > 0 && alltrue([for arn in var.runtime_reader_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", arn))])
    error_message = "runtime_reader_role_arns must list at least one IAM role ARN."
  }
}

variable "artifact_retention_days" {
  description = "Days a superseded (noncurrent) artifact version is kept before it expires."
  type        = number
  default     = 30

  validation {
    condition     = var.artifact_retention_days >= 1 && var.artifact_retention_days <= 3650 && floor(var.artifact_retention_days) == var.artifact_retention_days
    error_message = "artifact_retention_days must be a whole number of days between 1 and 3650."
  }
}

variable "kms_deletion_window_days" {
  description = "Waiting period before a destroyed key is deleted."
  type        = number
  default     = 30

  validation {
    condition     = var.kms_deletion_window_days >= 7 && var.kms_deletion_window_days <= 30
    error_message = "kms_deletion_window_days must be between 7 and 30 (AWS limits)."
  }
}

variable "enforce_bucket_policy_denies" {
  description = "Keep the bucket policy's Deny statements. Set false only against an emulator that ignores Deny conditions (moto)."
  type        = bool
  default     = true
}

variable "force_destroy" {
  description = "Let destroy delete a bucket that still holds artifacts."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}

variable "record_reader_role_arns" {
  description = "Push roles of later environments that read this environment's stack records (<application>/stacks/*) to promote by content."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.record_reader_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", arn))])
    error_message = "record_reader_role_arns must list IAM role ARNs."
  }
}

variable "record_prefix" {
  description = "Key prefix of the stack records (<application>/stacks/)."
  type        = string
  default     = "stacks/"
}
