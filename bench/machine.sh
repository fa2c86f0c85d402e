#!/usr/bin/env bash
# One "key: value" line per fact about the machine and tools the numbers came from.
set -euo pipefail
repo="$1"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit: $(git -C "$repo" rev-parse --short HEAD) ($(git -C "$repo" log -1 --format=%s | cut -c1-70))"
echo "cpu: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "memory: $(free -m | awk '/^Mem:/ { printf "%.1f GiB", $2 / 1024 }')"
echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "dotnet: $(dotnet --version)"
echo "terraform: $(terraform version 2>/dev/null | head -1 | cut -d' ' -f2), hashicorp/aws $(ls /opt/tf-plugins/registry.terraform.io/hashicorp/aws 2>/dev/null | head -1) (filesystem mirror)"
echo "moto: $(python3 -c 'import moto; print(moto.__version__)' 2>/dev/null || echo unknown)"
echo "aws-cli: $(aws --version 2>&1 | cut -d' ' -f1-2)"
echo "cfn-lint: $(cfn-lint --version 2>&1 | awk '{print $2}')"
