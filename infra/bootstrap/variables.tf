# Every value comes from pipeline.json through the build (Pipeline.Terraform.BootstrapTerraform); none is a team default.
variable "application_name" {
  description = "Short name of the application."
  type        = string
}

variable "environment_name" {
  description = "Environment this bootstrap prepares."
  type        = string
}

variable "infrastructure_account_id" {
  description = "The environment's infrastructure account."
  type        = string
}

variable "runtime_account_id" {
  description = "The environment's runtime account."
  type        = string
}

variable "region" {
  description = "Region of the builds and of the environment."
  type        = string
}

variable "branches" {
  description = "Branches that deploy this environment."
  type        = list(string)
}

variable "repository_url" {
  description = "HTTPS clone URL of the repository."
  type        = string
}

variable "create_connection" {
  description = "Create the repository connection here (the first environment of its infrastructure account)."
  type        = bool
}

variable "connection_name" {
  description = "Name of the repository connection."
  type        = string
}

variable "connection_arn" {
  description = "The connection another environment of this account created (null when this one creates it)."
  type        = string
  default     = null
}

variable "pull_request_project" {
  description = "Host the pull-request project in this environment's infrastructure account."
  type        = bool
}

variable "state_bucket" {
  description = "Terraform state bucket (created by the Bootstrap target before this root runs)."
  type        = string
}

variable "state_key" {
  description = "The environment root's state object."
  type        = string
}

variable "artifact_bucket" {
  description = "The environment's artifact bucket name."
  type        = string
}

variable "promotion_source" {
  description = "For prod: the earlier environment's artifact bucket, account and region (null: none)."
  type = object({
    bucket     = string
    account_id = string
    region     = string
  })
  default = null
}

variable "provisioning_role_name" {
  description = "Runtime-account role the environment's Terraform assumes."
  type        = string
}

variable "stack_name_prefix" {
  description = "Prefix of the environment's stacks."
  type        = string
}

variable "infrastructure_admin_role_arn" {
  description = "Administrator role to assume in the infrastructure account; null when the starting identity is already there."
  type        = string
  default     = null
}

variable "runtime_admin_role_arn" {
  description = "Administrator role to assume in the runtime account (pipeline.json: bootstrapRoleName)."
  type        = string
}

variable "create_codebuild" {
  description = "Create CodeBuild projects, webhooks and the connection; false only on the emulator."
  type        = bool
  default     = true
}

variable "rehearsal_principals" {
  description = "Principals besides CodeBuild that may assume the push role (the local rehearsal only)."
  type        = list(string)
  default     = []
}

variable "aws_endpoint_url" {
  description = "Single endpoint for every AWS service (a local emulator); null means real AWS."
  type        = string
  default     = null
}

variable "aws_max_retries" {
  description = "Provider retries."
  type        = number
  default     = 5
}

variable "developer_principal_arns" {
  description = "pipeline.json's ephemeral.developerRoleArns, for the environment ephemeral stacks are based on; empty elsewhere."
  type        = list(string)
  default     = []
}
