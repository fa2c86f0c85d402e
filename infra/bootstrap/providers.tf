locals {
  local_endpoint = var.aws_endpoint_url
  emulated       = var.aws_endpoint_url != null
  default_tags = {
    Application = var.application_name
    Environment = var.environment_name
    ManagedBy   = "terraform-bootstrap"
  }
}

# Both providers start from the administrator identity that runs the Bootstrap target (--profile) and, where that
# identity lives in another account, assume the administrator role named in pipeline.json (bootstrapRoleName).
provider "aws" {
  alias  = "infrastructure"
  region = var.region

  allowed_account_ids         = [var.infrastructure_account_id]
  max_retries                 = var.aws_max_retries
  skip_credentials_validation = local.emulated
  skip_metadata_api_check     = local.emulated
  skip_region_validation      = local.emulated
  s3_use_path_style           = local.emulated

  dynamic "assume_role" {
    for_each = var.infrastructure_admin_role_arn == null ? [] : [var.infrastructure_admin_role_arn]
    content {
      role_arn     = assume_role.value
      session_name = "bootstrap-${var.environment_name}"
    }
  }

  endpoints {
    codebuild       = local.local_endpoint
    codeconnections = local.local_endpoint
    cloudwatchlogs  = local.local_endpoint
    iam             = local.local_endpoint
    sts             = local.local_endpoint
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

  assume_role {
    role_arn     = var.runtime_admin_role_arn
    session_name = "bootstrap-${var.environment_name}"
  }

  endpoints {
    iam = local.local_endpoint
    sts = local.local_endpoint
  }

  default_tags {
    tags = local.default_tags
  }
}
