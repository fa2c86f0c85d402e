#!/usr/bin/env bash
# Mutation testing of the safety-critical folders with Stryker.NET (dotnet-stryker, pinned in
# .config/dotnet-tools.json). One scope a run: tests/mutation/<scope>.json names the source project, the
# folders to mutate and the unit-level tests that cover them (per-test coverage: a mutant runs only the
# tests that reach it).
#   tests/mutation/run.sh                 pipeline-folders (the six build/Pipeline folders in one run, one
#                                         build) and build-decisions
#   tests/mutation/run.sh gitflow deploy  the named scopes (one folder each, for a quick rerun)
#   tests/mutation/run.sh artifacts-proof the Artifacts files that unit tests cover without moto (verifier,
#                                         content proof, keys), quick; the artifacts scope runs moto tests for most mutants
# Reports go to artifacts/mutation/<scope>/reports/; the score table a folder is printed at the end and
# written to artifacts/mutation/scores.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/mutation"

declare -A source_dir=(
  [pipeline-folders]=build/Pipeline
  [gitflow]=build/Pipeline [codebuild]=build/Pipeline [configuration]=build/Pipeline
  [artifacts]=build/Pipeline [artifacts-proof]=build/Pipeline [deploy]=build/Pipeline [aws]=build/Pipeline
  [build-decisions]=build/Build
)

scopes=("$@")
if [ ${#scopes[@]} -eq 0 ]; then
  scopes=(pipeline-folders build-decisions)
fi
for scope in "${scopes[@]}"; do
  if [ -z "${source_dir[$scope]:-}" ]; then
    echo "run.sh: unknown scope '$scope'; scopes: ${!source_dir[*]}" >&2
    exit 2
  fi
done

cd "$root"
dotnet tool restore >/dev/null
mkdir -p "$out"

for scope in "${scopes[@]}"; do
  echo "== $scope"
  rm -rf "${out:?}/$scope"
  (cd "$root/${source_dir[$scope]}" &&
    dotnet tool run dotnet-stryker -- --config-file "$here/$scope.json" --output "$out/$scope")
done

"$here/scores.sh" "$out" | tee "$out/scores.md"
