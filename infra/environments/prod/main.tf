module "environment" {
  source = "../../modules/environment"
  providers = {
    aws.infrastructure = aws.infrastructure
    aws.runtime        = aws.runtime
  }

  application_name             = var.application_name
  environment_name             = "prod"
  infrastructure_account_id    = var.infrastructure_account_id
  runtime_account_id           = var.runtime_account_id
  region                       = var.region
  deploy_trusted_role_arns     = var.deploy_trusted_role_arns
  deploy_external_id           = var.deploy_external_id
  stack_name_prefix            = var.stack_name_prefix
  permissions_boundary_arn     = var.permissions_boundary_arn
  provisioning_role_name       = var.runtime_provisioning_role_name
  artifact_retention_days      = var.artifact_retention_days
  enforce_bucket_policy_denies = var.enforce_bucket_policy_denies
  force_destroy_artifacts      = var.force_destroy_artifacts
  kms_deletion_window_days     = var.kms_deletion_window_days
  promotion_reader_role_arns   = var.promotion_reader_role_arns
  ephemeral                    = var.ephemeral
}
