locals {
  name_prefix       = "${var.application_name}-${var.environment_name}"
  stack_name_prefix = coalesce(var.stack_name_prefix, local.name_prefix)
  artifact_bucket   = "${local.name_prefix}-artifacts-${var.infrastructure_account_id}-${var.region}"
  trusted_role_arns = distinct(concat(var.deploy_trusted_role_arns, var.enable_ci ? module.ci[0].trusted_role_arns : []))
}

module "runtime_access" {
  source    = "../../modules/runtime-access"
  providers = { aws = aws.runtime }

  name_prefix               = local.name_prefix
  runtime_account_id        = var.runtime_account_id
  infrastructure_account_id = var.infrastructure_account_id
  region                    = var.region
  trusted_role_arns         = local.trusted_role_arns
  external_id               = var.deploy_external_id
  stack_name_prefix         = local.stack_name_prefix
  artifact_bucket           = local.artifact_bucket
}

module "artifact_store" {
  source    = "../../modules/artifact-store"
  providers = { aws = aws.infrastructure }

  bucket_name                  = local.artifact_bucket
  infrastructure_account_id    = var.infrastructure_account_id
  runtime_reader_role_arns     = [module.runtime_access.deploy_role_arn, module.runtime_access.cloudformation_role_arn]
  artifact_retention_days      = var.artifact_retention_days
  kms_deletion_window_days     = var.kms_deletion_window_days
  enforce_bucket_policy_denies = var.enforce_bucket_policy_denies
  force_destroy                = var.force_destroy_artifacts
}

module "ci" {
  source    = "../../modules/ci"
  count     = var.enable_ci ? 1 : 0
  providers = { aws = aws.infrastructure }

  name_prefix               = local.name_prefix
  region                    = var.region
  infrastructure_account_id = var.infrastructure_account_id
  repository_url            = var.repository_url
  artifact_bucket           = module.artifact_store.artifact_bucket
  kms_key_arn               = module.artifact_store.kms_key_arn
  stack_name                = local.stack_name_prefix
  deploy_role_arn           = "arn:aws:iam::${var.runtime_account_id}:role/${local.name_prefix}-deploy"
  cloudformation_role_arn   = "arn:aws:iam::${var.runtime_account_id}:role/${local.name_prefix}-cloudformation"
}
