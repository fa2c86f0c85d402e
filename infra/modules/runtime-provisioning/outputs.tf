output "provisioning_role_arn" {
  description = "The role Terraform assumes in the runtime account."
  value       = aws_iam_role.provisioning.arn
}

output "permissions_boundary_arn" {
  description = "Boundary every role created in the runtime account must carry."
  value       = aws_iam_policy.boundary.arn
}
