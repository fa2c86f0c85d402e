terraform {
  required_version = ">= 1.11.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }

  # Partial configuration: the Bootstrap target passes bucket, key (bootstrap/<env>.tfstate) and region.
  backend "s3" {
    encrypt      = true
    use_lockfile = true
  }
}
