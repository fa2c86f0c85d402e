variable "application_name" {
  description = "Short name of the application."
  type        = string
}

variable "environment_name" {
  description = "Environment whose push project and role this instance makes."
  type        = string
}

variable "name_prefix" {
  description = "Prefix of the environment's names, <application>-<environment>."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,39}$", var.name_prefix))
    error_message = "name_prefix must start with a letter and have at most 40 letters, digits or hyphens."
  }
}

variable "region" {
  description = "Region of the builds."
  type        = string
}

variable "infrastructure_account_id" {
  description = "Account the builds run in."
  type        = string
}

variable "runtime_account_id" {
  description = "The environment's runtime account: the push role may assume its deploy and provisioning roles only."
  type        = string
}

variable "branches" {
  description = "Branches whose pushes start this environment's push project (pipeline.json: branch, alsoBranches)."
  type        = list(string)

  validation {
    condition     = length(var.branches) > 0
    error_message = "branches must name at least one branch."
  }
}

variable "repository_url" {
  description = "HTTPS clone URL of the repository (pipeline.json: repository)."
  type        = string

  validation {
    condition     = can(regex("^https://", var.repository_url))
    error_message = "repository_url must be an https:// clone URL."
  }
}

variable "source_type" {
  description = "CodeBuild source type of the repository."
  type        = string
  default     = "GITHUB"
}

variable "source_provider" {
  description = "CodeConnections provider type of the repository."
  type        = string
  default     = "GitHub"
}

variable "create_connection" {
  description = "Create the repository connection and the account's CodeBuild source credential (once per infrastructure account)."
  type        = bool
}

variable "connection_name" {
  description = "Name of the repository connection."
  type        = string
}

variable "connection_arn" {
  description = "An existing connection, when another environment in this account created it."
  type        = string
  default     = null
}

variable "pull_request_project" {
  description = "Create the pull-request project and role here (one environment hosts it)."
  type        = bool
}

variable "create_codebuild" {
  description = "Create the CodeBuild projects, webhooks and connection; false only on the emulator, which has no webhooks."
  type        = bool
  default     = true
}

variable "rehearsal_principals" {
  description = "Principals besides CodeBuild that may assume the push role: the local rehearsal only; empty on AWS."
  type        = list(string)
  default     = []
}

variable "state_bucket" {
  description = "Bucket of the Terraform state (made by the Bootstrap target)."
  type        = string
}

variable "state_key" {
  description = "The environment's state object; the push role may read and write it and its .tflock only."
  type        = string
}

variable "artifact_bucket" {
  description = "The environment's artifact bucket, which its Terraform root creates."
  type        = string
}

variable "promotion_source" {
  description = "For prod: the earlier environment's artifact bucket and account, whose stack records prove promotion by content (null: none)."
  type = object({
    bucket     = string
    account_id = string
    region     = string
  })
  default = null
}

variable "provisioning_role_name" {
  description = "Runtime-account role Terraform assumes."
  type        = string
}

variable "build_image" {
  description = "CodeBuild image."
  type        = string
  default     = "aws/codebuild/standard:7.0"
}

variable "compute_type" {
  description = "CodeBuild compute type."
  type        = string
  default     = "BUILD_GENERAL1_SMALL"
}

variable "build_timeout_minutes" {
  description = "Minutes before CodeBuild stops a build."
  type        = number
  default     = 30
}

variable "log_retention_days" {
  description = "Days CodeBuild logs are kept."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}

variable "developer_principal_arns" {
  description = "Roles (a '*' allowed in the name) that may assume the developer role for ephemeral stacks; empty: no developer role."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.developer_principal_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", arn))])
    error_message = "developer_principal_arns must list IAM role ARNs (arn:aws:iam::<account>:role/<path/name>)."
  }
}
