# Every value comes from pipeline.json through the build (Pipeline.Terraform.EnvironmentTerraform); none is a team default.
variable "application_name" {
  description = "Short name of the application (pipeline.json: application)."
  type        = string
}

variable "infrastructure_account_id" {
  description = "Account holding CI, the artifact bucket and the KMS key."
  type        = string
}

variable "runtime_account_id" {
  description = "Account the Lambda stack runs in, reached only by AssumeRole."
  type        = string
}

variable "region" {
  description = "Region of everything this root creates."
  type        = string
}

variable "runtime_provisioning_role_name" {
  description = "Role in the runtime account Terraform assumes (made by infra/bootstrap; least privilege, bounded roles)."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9+=,.@_-]{1,64}$", var.runtime_provisioning_role_name)) && var.runtime_provisioning_role_name != "OrganizationAccountAccessRole"
    error_message = "runtime_provisioning_role_name must be an IAM role name, and not the administrator role OrganizationAccountAccessRole."
  }
}

variable "deploy_trusted_role_arns" {
  description = "Infrastructure-account roles the deploy role trusts: the environment's push project role."
  type        = list(string)
}

variable "deploy_external_id" {
  description = "External id the deploy role requires (null: none)."
  type        = string
  default     = null
  sensitive   = true
}

variable "stack_name_prefix" {
  description = "Prefix of the CloudFormation stacks the deploy role may change."
  type        = string
}

variable "permissions_boundary_arn" {
  description = "Boundary of every role created in the runtime account."
  type        = string
}

variable "artifact_retention_days" {
  description = "Days a superseded artifact version is kept."
  type        = number
}

variable "aws_endpoint_url" {
  description = "Single endpoint for every AWS service (a local emulator); null means real AWS."
  type        = string
  default     = null

  validation {
    condition     = var.aws_endpoint_url == null || can(regex("^http://(127\\.0\\.0\\.1|localhost)(:[0-9]+)?/?$", var.aws_endpoint_url))
    error_message = "aws_endpoint_url must be a loopback http:// address (the local emulator) or null for real AWS."
  }
}

variable "aws_max_retries" {
  description = "Provider retries; low, because the default turns one emulator error into a long hang."
  type        = number
  default     = 5
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

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}

variable "promotion_reader_role_arns" {
  description = "Push roles of the environments that promote from this one: they read its stack records."
  type        = list(string)
  default     = []
}

variable "ephemeral" {
  description = "Developers' feature-branch stacks based on this environment (null: none); the build sets it from pipeline.json's ephemeral."
  type = object({
    stack_prefix       = string
    developer_role_arn = string
    excluded_stacks    = list(string)
  })
  default = null
}
