#!/usr/bin/env bash
# One row a source folder from Stryker's JSON reports under $1 (default artifacts/mutation), then every
# survivor. Score = detected / (detected + undetected), as Stryker counts it: killed and timeout detect,
# survived and no coverage do not; compile errors and ignored mutants are left out. When several reports
# hold the same folder, the newest report wins.
set -euo pipefail
out="${1:-artifacts/mutation}"
reports=$(ls -t "$out"/*/reports/mutation-report.json)
# shellcheck disable=SC2086
jq -rs '
  def folder: sub(".*/build/"; "build/") | split("/") | if .[1] == "Pipeline" then .[0:3] else .[0:2] end | join("/");
  [ .[] | .files | to_entries[] | select(any(.value.mutants[]; .status | IN("Killed", "Survived", "Timeout", "NoCoverage"))) | {folder: (.key | folder), file: (.key | sub(".*/build/"; "build/")), mutants: .value.mutants} ]
  | reduce .[] as $f ({}; if has($f.file) then . else .[$f.file] = $f end) | [.[]]
  | group_by(.folder) as $groups
  | "| folder | killed | timeout | survived | no coverage | score |",
    "|---|---|---|---|---|---|",
    ($groups[] | . as $g | [$g[].mutants[].status] as $s
      | ($s | map(select(. == "Killed")) | length) as $k
      | ($s | map(select(. == "Timeout")) | length) as $t
      | ($s | map(select(. == "Survived")) | length) as $v
      | ($s | map(select(. == "NoCoverage")) | length) as $n
      | "| \($g[0].folder) | \($k) | \($t) | \($v) | \($n) | \(if ($k+$t+$v+$n) == 0 then "n/a" else ((($k+$t) * 1000 / ($k+$t+$v+$n) | floor) / 10 | tostring) + " %" end) |"),
    "",
    "Survivors (status file:line mutator: replacement):",
    ($groups[][] | .file as $file | .mutants[] | select(.status == "Survived" or .status == "NoCoverage")
      | "- \(.status) \($file):\(.location.start.line) \(.mutatorName): `\(.replacement // "" | gsub("\n"; " ") | .[0:80])`")
' $reports
