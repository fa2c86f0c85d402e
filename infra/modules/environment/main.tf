locals {
  name_prefix     = "${var.application_name}-${var.environment_name}"
  artifact_bucket = "${local.name_prefix}-artifacts-${var.infrastructure_account_id}-${var.region}"
}

module "runtime_access" {
  source    = "../runtime-access"
  providers = { aws = aws.runtime }

  name_prefix               = local.name_prefix
  runtime_account_id        = var.runtime_account_id
  infrastructure_account_id = var.infrastructure_account_id
  region                    = var.region
  trusted_role_arns         = var.deploy_trusted_role_arns
  external_id               = var.deploy_external_id
  stack_name_prefix         = var.stack_name_prefix
  artifact_bucket           = local.artifact_bucket
  permissions_boundary_arn  = var.permissions_boundary_arn
  provisioning_role_name    = var.provisioning_role_name
  ephemeral                 = var.ephemeral
}

module "artifact_store" {
  source    = "../artifact-store"
  providers = { aws = aws.infrastructure }

  bucket_name                  = local.artifact_bucket
  infrastructure_account_id    = var.infrastructure_account_id
  runtime_reader_role_arns     = [module.runtime_access.deploy_role_arn, module.runtime_access.cloudformation_role_arn]
  artifact_retention_days      = var.artifact_retention_days
  kms_deletion_window_days     = var.kms_deletion_window_days
  enforce_bucket_policy_denies = var.enforce_bucket_policy_denies
  force_destroy                = var.force_destroy_artifacts
  record_reader_role_arns      = var.promotion_reader_role_arns
  record_prefix                = "${var.application_name}/stacks/"
}
