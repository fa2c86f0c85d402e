output "provisioning_role_arn" {
  description = "The role Terraform assumes in the runtime account."
  value       = aws_iam_role.provisioning.arn
}

output "permissions_boundary_arn" {
  description = "Boundary every role created in the runtime account must carry."
  value       = aws_iam_policy.boundary.arn
}

output "function_boundary_arn" {
  description = "Boundary every role a stack creates must carry (the template's PermissionsBoundaryArn)."
  value       = aws_iam_policy.function_boundary.arn
}
