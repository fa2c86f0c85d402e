variable "name_prefix" {
  description = "Prefix of every name, e.g. <application>-<environment>."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,39}$", var.name_prefix))
    error_message = "name_prefix must start with a letter and have at most 40 letters, digits or hyphens."
  }
}

variable "region" {
  description = "Region of the build and the pipeline."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }
}

variable "infrastructure_account_id" {
  description = "Account the build and the pipeline run in."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.infrastructure_account_id))
    error_message = "infrastructure_account_id must be a 12-digit AWS account id."
  }
}

variable "repository_url" {
  description = "HTTPS clone URL of the repository CodeBuild builds."
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

  validation {
    condition     = contains(["GITHUB", "GITHUB_ENTERPRISE", "BITBUCKET", "GITLAB"], var.source_type)
    error_message = "source_type must be one of GITHUB, GITHUB_ENTERPRISE, BITBUCKET, GITLAB (types with webhooks)."
  }
}

variable "push_branch_pattern" {
  description = "HEAD_REF pattern of pushes that build and ship."
  type        = string
  default     = "^refs/heads/(develop|master|main)$"
}

variable "pull_request_buildspec" {
  description = "Buildspec path for pull requests, relative to the repository root."
  type        = string
  default     = "buildspec/pull-request.yml"
}

variable "push_buildspec" {
  description = "Buildspec path for pushes, relative to the repository root."
  type        = string
  default     = "buildspec/push.yml"
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

  validation {
    condition     = var.build_timeout_minutes >= 5 && var.build_timeout_minutes <= 480
    error_message = "build_timeout_minutes must be between 5 and 480."
  }
}

variable "log_retention_days" {
  description = "Days CodeBuild logs are kept."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "artifact_bucket" {
  description = "Bucket the push build writes its artifact to and the pipeline reads it from."
  type        = string
}

variable "kms_key_arn" {
  description = "Key ARN of the artifact bucket."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key ARN, not an alias: the runtime account cannot resolve aliases."
  }
}

variable "artifact_path" {
  description = "Folder (object key prefix) of the push build's artifact in the bucket."
  type        = string
  default     = "push"
}

variable "artifact_name" {
  description = "Object name of the zipped push artifact; the pipeline starts when this object is written."
  type        = string
  default     = "package.zip"
}

variable "template_file" {
  description = "CloudFormation template inside the artifact zip."
  type        = string
  default     = "template.yaml"
}

variable "stack_name" {
  description = "Stack the pipeline deploys in the runtime account."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,127}$", var.stack_name))
    error_message = "stack_name must start with a letter and use letters, digits and hyphens."
  }
}

variable "deploy_role_arn" {
  description = "Runtime-account role the deploy action runs with."
  type        = string
}

variable "cloudformation_role_arn" {
  description = "Runtime-account role CloudFormation runs the stack with."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
