output "json" {
  description = "The bucket policy document as JSON."
  value       = jsonencode(local.policy)
}
