variable "bucket_arn" {
  description = "ARN of the artifact bucket the policy protects."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_arn))
    error_message = "bucket_arn must be an S3 bucket ARN such as arn:aws:s3:::my-bucket."
  }
}

variable "kms_key_arn" {
  description = "The only KMS key puts may use (a key ARN, never an alias)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>), not an alias."
  }
}

variable "reader_role_arns" {
  description = "Role ARNs (runtime account) allowed to read artifacts."
  type        = list(string)

  validation {
    condition     = length(var.reader_role_arns) > 0 && alltrue([for arn in var.reader_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", arn))])
    error_message = "reader_role_arns must list at least one IAM role ARN."
  }
}

variable "enforce_denies" {
  description = "Keep the Deny statements. Only an emulator that ignores Deny conditions needs false."
  type        = bool
  default     = true
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
  description = "Key prefix of the stack records the record readers may read."
  type        = string
  default     = "stacks/"
}
