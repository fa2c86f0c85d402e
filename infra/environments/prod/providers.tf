locals {
  # Against an emulator every service goes to one endpoint and AWS-only checks are skipped; null leaves a setting unset.
  local_endpoint = var.aws_endpoint_url
  emulated       = var.aws_endpoint_url != null
  default_tags = merge(var.tags, {
    Application = var.application_name
    Environment = "prod"
    ManagedBy   = "terraform"
  })
}

provider "aws" {
  alias  = "infrastructure"
  region = var.region

  allowed_account_ids         = [var.infrastructure_account_id]
  max_retries                 = var.aws_max_retries
  skip_credentials_validation = local.emulated
  skip_metadata_api_check     = local.emulated
  skip_region_validation      = local.emulated
  s3_use_path_style           = local.emulated

  endpoints {
    iam = local.local_endpoint
    kms = local.local_endpoint
    s3  = local.local_endpoint
    sts = local.local_endpoint
  }

  default_tags {
    tags = local.default_tags
  }
}

provider "aws" {
  alias  = "runtime"
  region = var.region

  allowed_account_ids         = [var.runtime_account_id]
  max_retries                 = var.aws_max_retries
  skip_credentials_validation = local.emulated
  skip_metadata_api_check     = local.emulated
  skip_region_validation      = local.emulated
  s3_use_path_style           = local.emulated

  assume_role {
    role_arn     = "arn:aws:iam::${var.runtime_account_id}:role/${var.runtime_provisioning_role_name}"
    session_name = "terraform-prod"
  }

  endpoints {
    iam = local.local_endpoint
    sts = local.local_endpoint
  }

  default_tags {
    tags = local.default_tags
  }
}
