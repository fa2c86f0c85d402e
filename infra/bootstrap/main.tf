locals {
  name_prefix = "${var.application_name}-${var.environment_name}"
}

module "ci" {
  source    = "../modules/ci"
  providers = { aws = aws.infrastructure }

  application_name          = var.application_name
  environment_name          = var.environment_name
  name_prefix               = local.name_prefix
  region                    = var.region
  infrastructure_account_id = var.infrastructure_account_id
  runtime_account_id        = var.runtime_account_id
  branches                  = var.branches
  repository_url            = var.repository_url
  create_connection         = var.create_connection
  connection_name           = var.connection_name
  connection_arn            = var.connection_arn
  pull_request_project      = var.pull_request_project
  create_codebuild          = var.create_codebuild
  rehearsal_principals      = var.rehearsal_principals
  state_bucket              = var.state_bucket
  state_key                 = var.state_key
  artifact_bucket           = var.artifact_bucket
  provisioning_role_name    = var.provisioning_role_name
  promotion_source          = var.promotion_source
  developer_principal_arns  = var.developer_principal_arns
}

module "runtime_provisioning" {
  source    = "../modules/runtime-provisioning"
  providers = { aws = aws.runtime }

  name_prefix            = local.name_prefix
  runtime_account_id     = var.runtime_account_id
  provisioning_role_name = var.provisioning_role_name
  stack_name_prefix      = var.stack_name_prefix
  trusted_role_arns      = [module.ci.push_role_arn]
}
