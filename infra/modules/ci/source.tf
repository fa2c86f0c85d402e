# The repository connection: created PENDING; a person approves it once in the console (the Bootstrap target says so).
# CodeBuild's webhooks use it through the account's source credential for the provider.
resource "aws_codeconnections_connection" "source" {
  count         = var.create_codebuild && var.create_connection ? 1 : 0
  name          = var.connection_name
  provider_type = var.source_provider
  tags          = var.tags
}

resource "aws_codebuild_source_credential" "source" {
  count       = var.create_codebuild && var.create_connection ? 1 : 0
  auth_type   = "CODECONNECTIONS"
  server_type = var.source_provider == "GitHub" ? "GITHUB" : upper(var.source_provider)
  token       = aws_codeconnections_connection.source[0].arn
}
