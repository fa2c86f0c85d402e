#!/usr/bin/env bash
# CodeBuild install phase: the .NET SDK that global.json pins and the Terraform version the buildspec names.
set -euo pipefail
if ! dotnet --list-sdks 2>/dev/null | grep -q "^$(sed -n 's/.*"version": *"\([0-9]*\.[0-9]*\.[0-9]\).*/\1/p' global.json)"; then
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$HOME/.dotnet"
  ln -sf "$HOME/.dotnet/dotnet" /usr/local/bin/dotnet
fi
if ! terraform version 2>/dev/null | grep -q "v${TERRAFORM_VERSION}"; then
  curl -fsSL "https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_amd64.zip" -o /tmp/terraform.zip
  unzip -o -q /tmp/terraform.zip -d /usr/local/bin
fi
dotnet --version
terraform version | head -n 1
