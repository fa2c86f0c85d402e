#!/usr/bin/env bash
# The plain way of the AWS part of a local deploy (first, or again with nothing changed): what the build's AWS tasks do, as aws CLI and
# terraform commands in a row, against the same emulator. The upload + deploy stage is
# `aws cloudformation package` + `aws cloudformation deploy`, on a copy of the template whose Code is the zip.
# usage: plain/deploy.sh REPO SCRATCH ENDPOINT ZIP VERSION TF_ARGS_FILE
#   TF_ARGS_FILE: the build's own init and -var arguments (Bench tf-args), so both apply the same root the same way.
# Prints "bench-seconds terraform=T stage=S" last: T from the state bucket to `terraform output`, S the stage.
set -euo pipefail
repo="$1" scratch="$2" endpoint="$3" zip="$4" version="$5" args_file="$6"
cd "$repo"
mapfile -t init < <(awk -F'\t' '$1 == "init" { print $2 }' "$args_file")
mapfile -t vars < <(awk -F'\t' '$1 == "var" { print $2 }' "$args_file")
state_bucket="$(awk -F'\t' '$1 == "state-bucket" { print $2 }' "$args_file")"
commit="$(git rev-parse HEAD)"
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1
unset AWS_PROFILE AWS_SESSION_TOKEN
export AWS_ENDPOINT_URL="$endpoint"
aws() { command aws --endpoint-url "$endpoint" "$@"; }
# The infrastructure account is reached as on AWS: the administrator assumes a role in it.
act_as="$(awk -F'\t' '$1 == "act-as" { print $2 }' "$args_file")"
admin="$(aws sts assume-role --role-arn "$act_as" --role-session-name bench-plain-admin --output json)"
AWS_ACCESS_KEY_ID="$(jq -r .Credentials.AccessKeyId <<< "$admin")"
AWS_SECRET_ACCESS_KEY="$(jq -r .Credentials.SecretAccessKey <<< "$admin")"
AWS_SESSION_TOKEN="$(jq -r .Credentials.SessionToken <<< "$admin")"
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN

started="$(date +%s.%N)"
# The S3 backend needs its bucket before init (a redeploy finds it).
if ! aws s3api head-bucket --bucket "$state_bucket" 2> /dev/null; then
  aws s3api create-bucket --bucket "$state_bucket" --create-bucket-configuration LocationConstraint=eu-west-1 > /dev/null
  aws s3api put-bucket-versioning --bucket "$state_bucket" --versioning-configuration Status=Enabled
fi

export TF_CLI_CONFIG_FILE="$scratch/terraform.rc" TF_IN_AUTOMATION=1 TF_INPUT=0 TF_DATA_DIR="$scratch/deploy-tf"
printf 'provider_installation {\n  filesystem_mirror {\n    path    = "/opt/tf-plugins"\n    include = ["registry.terraform.io/*/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n' > "$TF_CLI_CONFIG_FILE"
rm -rf "$TF_DATA_DIR"
terraform -chdir=infra/environments/preprod init -no-color "${init[@]}"
terraform -chdir=infra/environments/preprod apply -no-color -input=false -auto-approve "${vars[@]}"
outputs="$(terraform -chdir=infra/environments/preprod output -json)"
bucket="$(jq -r .artifact_bucket.value <<< "$outputs")"
key_arn="$(jq -r .kms_key_arn.value <<< "$outputs")"
deploy_role="$(jq -r .deploy_role_arn.value <<< "$outputs")"
cfn_role="$(jq -r .cloudformation_role_arn.value <<< "$outputs")"
terraform_done="$(date +%s.%N)"

# package uploads a local Code path; the build's template takes bucket and key as parameters instead.
awk '/^      Code:$/ { print "      Code: '"$zip"'"; skip = 2; next } skip > 0 { skip--; next } { print }' deploy/lambda.yml > "$scratch/lambda.yml"
grep -q "Code: $zip" "$scratch/lambda.yml" || { echo "deploy/lambda.yml changed: no Code block to point at the zip" >&2; exit 1; }
aws cloudformation package --template-file "$scratch/lambda.yml" --s3-bucket "$bucket" --s3-prefix greeter \
  --kms-key-id "$key_arn" --output-template-file "$scratch/packaged.yml" > /dev/null
key="$(awk '/S3Key:/ { print $2; exit }' "$scratch/packaged.yml")"

credentials="$(aws sts assume-role --role-arn "$deploy_role" --role-session-name bench-plain --output json)"
AWS_ACCESS_KEY_ID="$(jq -r .Credentials.AccessKeyId <<< "$credentials")"
AWS_SECRET_ACCESS_KEY="$(jq -r .Credentials.SecretAccessKey <<< "$credentials")"
AWS_SESSION_TOKEN="$(jq -r .Credentials.SessionToken <<< "$credentials")"
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN

aws cloudformation deploy --template-file "$scratch/packaged.yml" --stack-name greeter-preprod --role-arn "$cfn_role" \
  --capabilities CAPABILITY_IAM --no-fail-on-empty-changeset \
  --parameter-overrides "ArtifactBucket=$bucket" "ArtifactKey=$key" "ArtifactKmsKeyArn=$key_arn" "Version=$version" \
    "Commit=$commit" "Handler=Service::Service.Function::HandleAsync" Runtime=dotnet10 MemorySize=256 Timeout=15 LogRetentionDays=7 PermissionsBoundaryArn=arn:aws:iam::222222222222:policy/greeter-preprod-boundary \
  --tags application=greeter environment=preprod "commit=$commit" "version=$version"
echo "bench-seconds terraform=$(echo "$terraform_done - $started" | bc -l) stage=$(echo "$(date +%s.%N) - $terraform_done" | bc -l)"
