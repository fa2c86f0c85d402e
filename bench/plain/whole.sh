#!/usr/bin/env bash
# The plain way of a whole local deploy: the raw pull-request commands, then the AWS part (terraform init +
# apply, `terraform output`, `aws cloudformation package` + `deploy`) with the zip they built. Run on an empty
# emulator it is a first deploy; run again with nothing changed, Terraform and CloudFormation find no changes.
# usage: plain/whole.sh REPO SCRATCH ENDPOINT VERSION "MSBUILD_PROPERTIES" TF_ARGS_FILE
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$1" scratch="$2" endpoint="$3" version="$4" props="$5" args_file="$6"
"$here/pull-request.sh" "$repo" "$scratch" "$version" "$props"
"$here/deploy.sh" "$repo" "$scratch" "$endpoint" "$scratch/greeter-$version.zip" "$version" "$args_file"
