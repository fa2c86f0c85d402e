#!/usr/bin/env bash
# Prints one row a scope from Stryker's JSON reports under $1 (default artifacts/mutation):
# score = detected / (detected + undetected), as Stryker counts it (killed and timeout detect; survived and
# no coverage do not; compile errors and ignored mutants are left out), then every survivor.
set -euo pipefail
out="${1:-artifacts/mutation}"
echo "| scope | killed | timeout | survived | no coverage | score |"
echo "|---|---|---|---|---|---|"
for report in "$out"/*/reports/mutation-report.json; do
  scope="$(basename "$(dirname "$(dirname "$report")")")"
  jq -r --arg scope "$scope" '
    [.files[].mutants[].status] as $s
    | ($s | map(select(. == "Killed")) | length) as $k
    | ($s | map(select(. == "Timeout")) | length) as $t
    | ($s | map(select(. == "Survived")) | length) as $v
    | ($s | map(select(. == "NoCoverage")) | length) as $n
    | "| \($scope) | \($k) | \($t) | \($v) | \($n) | \(if ($k+$t+$v+$n) == 0 then "n/a" else ((($k+$t) * 1000 / ($k+$t+$v+$n) | floor) / 10 | tostring) + " %" end) |"
  ' "$report"
done
echo
echo "Survivors (file:line mutator: replacement):"
for report in "$out"/*/reports/mutation-report.json; do
  jq -r '.files | to_entries[] | .key as $f | .value.mutants[]
    | select(.status == "Survived" or .status == "NoCoverage")
    | "- \(.status) \($f | sub(".*/build/"; "build/")):\(.location.start.line) \(.mutatorName): `\(.replacement // "" | gsub("\n"; " ") | .[0:80])`"' "$report"
done
