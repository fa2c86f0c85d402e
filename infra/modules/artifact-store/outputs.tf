output "artifact_bucket" {
  description = "Name of the artifact bucket."
  value       = aws_s3_bucket.artifacts.id
}

output "artifact_bucket_arn" {
  description = "ARN of the artifact bucket."
  value       = aws_s3_bucket.artifacts.arn
}

output "kms_key_arn" {
  description = "ARN of the artifact key (the key ARN, never an alias: cross-account callers cannot resolve aliases)."
  value       = aws_kms_key.artifacts.arn
}

output "kms_alias_name" {
  description = "Alias of the artifact key, for people; tools use kms_key_arn."
  value       = aws_kms_alias.artifacts.name
}
