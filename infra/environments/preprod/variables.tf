variable "application_name" {
  description = "Short name of the application; prefixes every resource name."
  type        = string
  default     = "pipeline-demo"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,23}$", var.application_name))
    error_message = "application_name must be 2-24 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "environment_name" {
  description = "Environment this root configures."
  type        = string
  default     = "preprod"

  validation {
    condition     = var.environment_name == "preprod"
    error_message = "This root configures preprod only; use infra/environments/prod for prod."
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
    condition     = can(regex("^[0-9]{12}$", var.runtime_account_id)) && var.runtime_account_id != var.infrastructure_account_id
    error_message = "runtime_account_id must be a 12-digit AWS account id different from infrastructure_account_id."
  }
}

variable "region" {
  description = "Region of everything this root creates."
  type        = string
  default     = "eu-west-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "runtime_provisioning_role_name" {
  description = "Role in the runtime account Terraform assumes to create the deploy roles."
  type        = string
  default     = "OrganizationAccountAccessRole"

  validation {
    condition     = can(regex("^[a-zA-Z0-9+=,.@_-]{1,64}$", var.runtime_provisioning_role_name))
    error_message = "runtime_provisioning_role_name must be an IAM role name (1-64 characters)."
  }
}

variable "deploy_trusted_role_arns" {
  description = "Extra infrastructure-account role ARNs the deploy role trusts, besides the CI roles this root creates."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.deploy_trusted_role_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", arn))])
    error_message = "deploy_trusted_role_arns must hold IAM role ARNs only."
  }
}

variable "deploy_external_id" {
  description = "External id the deploy role requires (null: none)."
  type        = string
  default     = null
  sensitive   = true
}

variable "stack_name_prefix" {
  description = "Prefix of the CloudFormation stacks the deploy role may change (null: <application>-<environment>)."
  type        = string
  default     = null

  validation {
    condition     = var.stack_name_prefix == null || can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,63}$", var.stack_name_prefix))
    error_message = "stack_name_prefix must start with a letter and use letters, digits and hyphens."
  }
}

variable "artifact_retention_days" {
  description = "Days a superseded artifact version is kept."
  type        = number
  default     = 30

  validation {
    condition     = var.artifact_retention_days >= 1 && var.artifact_retention_days <= 3650
    error_message = "artifact_retention_days must be between 1 and 3650."
  }
}

variable "enable_ci" {
  description = "Create the CodeBuild projects and the pipeline. The emulator cannot read a pipeline back, so local runs set false."
  type        = bool
  default     = true
}

variable "repository_url" {
  description = "HTTPS clone URL of the repository CI builds."
  type        = string
  default     = "https://github.com/example/pipeline-demo.git"

  validation {
    condition     = can(regex("^https://", var.repository_url))
    error_message = "repository_url must be an https:// clone URL."
  }
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

  validation {
    condition     = var.aws_max_retries >= 0 && var.aws_max_retries <= 25
    error_message = "aws_max_retries must be between 0 and 25."
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

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}
