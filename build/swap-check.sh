#!/usr/bin/env bash
# Swap rehearsal: compiles the build, and the client code each stand-in's tests hold, against another
# implementation of a package that cannot be restored here. Each option takes a .csproj, or a folder of C# sources
# (the package's own src/<Name> folder, e.g. from a clone of cake-contrib/Cake.Terraform) that gets a wrapper
# project compiled on Cake.Core/AWSSDK.Core. The Terraform swap also runs Cake.Terraform.Tests (the addin's documented
# usage and command lines) against it. Outputs go under artifacts/swap/, apart from the normal build.
#
#   build/swap-check.sh --terraform ~/src/Cake.Terraform/src/Cake.Terraform
#   build/swap-check.sh --frosting path/to/Cake.Frosting.csproj --cloudformation path/to/AWSSDK.CloudFormation.csproj
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/artifacts/swap"
usage="usage: build/swap-check.sh [--frosting CSPROJ|DIR] [--terraform CSPROJ|DIR] [--cloudformation CSPROJ|DIR]"

# A folder of sources becomes a project: the package's own code, warnings left as the package has them.
project_for() {
  local name="$1" given="$2" base="$3"
  if [ -f "$given" ]; then
    (cd "$(dirname "$given")" && echo "$(pwd)/$(basename "$given")")
    return
  fi
  if [ ! -d "$given" ]; then
    echo "swap-check: $given is neither a .csproj nor a folder of sources; $usage" >&2
    exit 2
  fi
  local sources dir="$work/$name"
  sources="$(cd "$given" && pwd)"
  mkdir -p "$dir"
  cat >"$dir/$name.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  $base
  <PropertyGroup>
    <AssemblyName>$4</AssemblyName>
    <Nullable>disable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$sources/**/*.cs" Exclude="$sources/**/obj/**;$sources/**/bin/**" />
  </ItemGroup>
</Project>
PROJ
  echo "$dir/$name.csproj"
}

properties=()
checks=("build build/Build/Build.csproj")
while [ $# -gt 0 ]; do
  case "$1" in
    --frosting)
      properties+=("-p:CakeFrostingProject=$(project_for Cake.Frosting "$2" '<Import Project="'"$root"'/build/Cake.props" /><Import Project="'"$root"'/build/CakeModules.props" /><ItemGroup><Compile Include="'"$root"'/build/swap/CakeCoreFriend.cs" /></ItemGroup>' Cake.Frosting)")
      checks+=("build tests/Cake.Frosting.Tests/Sample/Sample.csproj")
      shift 2 ;;
    --terraform)
      properties+=("-p:CakeTerraformProject=$(project_for Cake.Terraform "$2" '<Import Project="'"$root"'/build/Cake.props" />' Cake.Terraform)")
      checks+=("test tests/Cake.Terraform.Tests/Cake.Terraform.Tests.csproj")
      shift 2 ;;
    --cloudformation)
      properties+=("-p:CloudFormationProject=$(project_for AWSSDK.CloudFormation "$2" '<ItemGroup><PackageReference Include="AWSSDK.Core" /></ItemGroup>' AWSSDK.CloudFormation)")
      checks+=("build tests/Pipeline.Tests/Pipeline.Tests.csproj")
      shift 2 ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) echo "swap-check: unknown option $1; $usage" >&2; exit 2 ;;
  esac
done
if [ ${#properties[@]} -eq 0 ]; then
  echo "swap-check: name at least one implementation to swap in; $usage" >&2
  exit 2
fi

cd "$root"
failed=0
for check in "${checks[@]}"; do
  verb="${check%% *}" project="${check#* }"
  echo "swap-check: dotnet $verb $project with ${properties[*]}"
  if dotnet "$verb" "$project" --nologo -v quiet -clp:ErrorsOnly --artifacts-path "$work/out" "${properties[@]}"; then
    echo "swap-check: $project: $verb passed."
  else
    echo "swap-check: $project: $verb FAILED against the swapped implementation (see above)." >&2
    failed=1
  fi
done
exit $failed
