# Pure module: renders the artifact bucket policy with no provider, so a test can evaluate it offline.
terraform {
  required_version = ">= 1.11.0"
}
