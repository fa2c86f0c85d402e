#!/usr/bin/env bash
# The plain way of what `./build.sh --target=PullRequest` does: the same dotnet, zip, cfn-lint and terraform
# commands typed in a row, without Cake and without cleaning artifacts/ first, and the build's own unit-level
# tests (`dotnet test` of Build.Tests and Pipeline.Tests with the same filter and PIPELINE_TESTS=unit).
# usage: plain/pull-request.sh REPO SCRATCH VERSION "MSBUILD_PROPERTIES"
#   MSBUILD_PROPERTIES: the /property:... arguments the build passes (bench-pr.sh copies them from its log),
#   so both ways compile with the same properties and neither forces the other to recompile. obj/ and bin/ go
#   to artifacts/dotnet as in the build (--artifacts-path), which the build's Clean deletes and this does not.
set -euo pipefail
repo="$1" scratch="$2" version="$3"
read -r -a props <<< "$4"
cd "$repo"
commit="$(git rev-parse --short=7 HEAD)"
service=src/Service/Service.csproj
tests=tests/Service.Tests/Service.Tests.csproj

out=(--artifacts-path "$repo/artifacts/dotnet")

dotnet restore "$service" "${out[@]}"
dotnet restore "$tests" "${out[@]}"
dotnet build "$service" --configuration Release --no-restore "${props[@]}" /warnaserror "${out[@]}"
dotnet build "$tests" --configuration Release --no-restore "${props[@]}" /warnaserror "${out[@]}"
dotnet test "$tests" --configuration Release --no-build --no-restore "${props[@]}" "${out[@]}" \
  --logger "junit;LogFilePath=$scratch/test-results/Service.Tests.xml" \
  --collect "XPlat Code Coverage;Format=cobertura" --results-directory "$scratch/coverage/Service.Tests"
rm -rf "$scratch/publish"
dotnet publish "$service" --configuration Release --runtime linux-x64 --self-contained false \
  --output "$scratch/publish" --artifacts-path "$repo/artifacts/dotnet" --nologo -nodeReuse:false \
  -p:ContinuousIntegrationBuild=true -p:Deterministic=true "-p:PathMap=$repo/=/_/" "-p:Version=$version" \
  "-p:InformationalVersion=$version+$commit" -p:IncludeSourceRevisionInInformationalVersion=false \
  -p:GenerateDocumentationFile=false -p:DebugType=embedded -p:SatelliteResourceLanguages=en
rm -f "$scratch/greeter-$version.zip"
(cd "$scratch/publish" && zip -q -X -r "$scratch/greeter-$version.zip" .)
sha256sum "$scratch/greeter-$version.zip"

cfn-lint --format parseable -- deploy/lambda.yml
terraform -chdir=infra fmt -no-color -check -recursive -diff

export TF_CLI_CONFIG_FILE="$scratch/terraform.rc" TF_IN_AUTOMATION=1
printf 'provider_installation {\n  filesystem_mirror {\n    path    = "/opt/tf-plugins"\n    include = ["registry.terraform.io/*/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n' > "$TF_CLI_CONFIG_FILE"
for root in infra/environments/*/ infra/bootstrap/; do
  name="$(basename "$root")"
  TF_DATA_DIR="$scratch/terraform/$name" terraform -chdir="$root" init -input=false -no-color -backend=false -lockfile=readonly
  TF_DATA_DIR="$scratch/terraform/$name" terraform -chdir="$root" validate -no-color
done

# The build's own unit-level tests, outside build/ as the build runs them.
for project in tests/Build.Tests/Build.Tests.csproj tests/Pipeline.Tests/Pipeline.Tests.csproj; do
  PIPELINE_TESTS=unit dotnet test "$project" --filter 'TestCategory!=Integration' --artifacts-path "$repo/artifacts/dotnet/build-tests" \
    --logger "junit;LogFilePath=$scratch/test-results/$(basename "$project" .csproj).xml"
done
