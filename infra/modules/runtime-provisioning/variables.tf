variable "name_prefix" {
  description = "Prefix of the environment's role names, <application>-<environment>."
  type        = string
}

variable "runtime_account_id" {
  description = "The account this module runs in."
  type        = string
}

variable "provisioning_role_name" {
  description = "Name of the role Terraform assumes here (pipeline.json: provisioningRoleName)."
  type        = string

  validation {
    condition     = var.provisioning_role_name != "OrganizationAccountAccessRole"
    error_message = "provisioning_role_name must not be the organization's administrator role."
  }
}

variable "stack_name_prefix" {
  description = "Prefix of the stacks (and of the roles their templates create)."
  type        = string
}

variable "trusted_role_arns" {
  description = "Who may assume the provisioning role: the environment's push project role."
  type        = list(string)
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
