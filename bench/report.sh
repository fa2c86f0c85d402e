#!/usr/bin/env bash
# Regenerates the generated parts of bench/RESULTS.md (between the "generated" markers) from bench/results/*.csv.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
doc="$BENCH_DIR/RESULTS.md"

ratio() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.2f", $1 / $2; else print "n/a" }'; }
fmt() { echo "$1" | awk '{ printf "%.2f", $1 }'; }
verdict() { echo "$1 $2 $3" | awk '{ ok = ($2 == "le") ? ($1 <= $3) : ($1 >= $3); print ok ? "**pass**" : "**FAIL**" }'; }
count() { awk -F, -v v="$2" 'NR > 1 && $1 == v' "$1" | wc -l; }

task_table() {
  local file="$1" variant="$2"
  echo "| task | median s |"
  echo "| --- | ---: |"
  awk -F, -v v="$variant" 'NR > 1 && (v == "" || $1 == v) { print (v == "" ? $2 : $3) }' "$file" | awk '!seen[$0]++' |
  while read -r task; do
    local m
    if [ -z "$variant" ]; then
      m="$(awk -F, -v t="$task" 'NR > 1 && $2 == t { print $3 }' "$file" | median)"
    else
      m="$(awk -F, -v v="$variant" -v t="$task" 'NR > 1 && $1 == v && $3 == t { print $4 }' "$file" | median)"
    fi
    echo "| $task | $(fmt "$m") |"
  done
}

generate() {
  echo "Machine and tools:"
  echo
  sed 's/^/- /' "$RESULTS/machine.txt"
  echo
  local f="$RESULTS/pr.csv"
  if [ -f "$f" ]; then
    local a b r
    a="$(csv_median "$f" build seconds)"; b="$(csv_median "$f" plain seconds)"; r="$(ratio "$a" "$b")"
    echo "### 1. Warm PullRequest vs the raw commands ($(count "$f" build) + $(count "$f" plain) runs, alternating)"
    echo
    echo "| way | median s | ratio | goal |"
    echo "| --- | ---: | ---: | --- |"
    echo "| plain commands (\`bench/plain/pull-request.sh\`) | $(fmt "$b") | 1.00 | |"
    echo "| \`./build.sh --target=PullRequest\` | $(fmt "$a") | $r | ≤ 1.10: $(verdict "$r" le 1.10) |"
    echo
    echo "Cake's per-task summary of the build runs (median):"
    echo
    task_table "$RESULTS/pr-tasks.csv" ""
    echo
  fi
  f="$RESULTS/tree.csv"
  if [ -f "$f" ]; then
    local s h d
    s="$(csv_median "$f" build.sh seconds)"; h="$(csv_median "$f" host-dll seconds)"; d="$(csv_median "$f" dotnet-run seconds)"
    echo "### 2. Warm \`--tree\` ($(count "$f" build.sh) runs each; dotnet run $(count "$f" dotnet-run); alternating)"
    echo
    echo "| way | median s | ratio to build.sh | goal |"
    echo "| --- | ---: | ---: | --- |"
    echo "| \`./build.sh --tree\` | $(fmt "$s") | 1.00 | ≤ 1.5 s: $(verdict "$s" le 1.5) |"
    echo "| \`dotnet artifacts/build-host/Build.dll --tree\` | $(fmt "$h") | $(ratio "$h" "$s") | |"
    echo "| \`dotnet run --project build/Build -- --tree\` | $(fmt "$d") | $(ratio "$d" "$s") | |"
    echo
  fi
  f="$RESULTS/deploy.csv"
  if [ -f "$f" ]; then
    local fa fw pa ra rw r1 r2 bytes events
    fa="$(csv_median "$f" build-first aws_seconds)"; fw="$(csv_median "$f" build-first aws_wall_seconds)"
    pa="$(csv_median "$f" plain-first aws_seconds)"
    ra="$(csv_median "$f" build-redeploy aws_seconds)"; rw="$(csv_median "$f" build-redeploy aws_wall_seconds)"
    r1="$(ratio "$fa" "$pa")"; r2="$(ratio "$ra" "$fa")"
    bytes="$(awk -F, 'NR > 1 && $1 == "build-redeploy" { s += $6 } END { print s + 0 }' "$f")"
    events="$(awk -F, 'NR > 1 && $1 == "build-redeploy" { s += $7 } END { print s + 0 }' "$f")"
    local fb rb fs ps rs r3
    fb="$(csv_median "$f" build-first terraform_background_seconds)"; rb="$(csv_median "$f" build-redeploy terraform_background_seconds)"
    fs="$(csv_median "$f" build-first stage_seconds)"; ps="$(csv_median "$f" plain-first stage_seconds)"; rs="$(csv_median "$f" build-redeploy stage_seconds)"
    r3="$(ratio "$fs" "$ps")"
    echo "### 3. AWS part of a first deploy, same fresh moto ($(count "$f" build-first) + $(count "$f" plain-first) runs, alternating)"
    echo
    echo "AWS tasks: the AWS time the run waits for (Cake's summary). Terraform's plan, and its apply when the plan only"
    echo "adds resources, run beside the build from StartTerraform; TerraformApply counts only the wait for them."
    echo
    echo "| way | AWS tasks, median s | Terraform beside the build, median s | AWS wall, median s | whole run, median s | ratio (AWS tasks) | goal |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
    echo "| plain script (\`bench/plain/deploy.sh\`) | $(fmt "$pa") | - | $(fmt "$pa") | $(fmt "$pa") | 1.00 | |"
    echo "| \`./build.sh\` first deploy | $(fmt "$fa") | $(fmt "$fb") | $(fmt "$fw") | $(fmt "$(csv_median "$f" build-first run_seconds)") | $r1 | ≤ 0.70: $(verdict "$r1" le 0.70) |"
    echo "| \`./build.sh\` unchanged redeploy | $(fmt "$ra") | $(fmt "$rb") | $(fmt "$rw") | $(fmt "$(csv_median "$f" build-redeploy run_seconds)") | $r2 of first | ≤ 0.25: $(verdict "$r2" le 0.25) |"
    echo
    echo "Upload + deploy stage (issue 3): UploadArtifact + AssumeRuntimeRole + DetectDrift + DeployStack against"
    echo "\`aws cloudformation package\` + \`aws sts assume-role\` + \`aws cloudformation deploy\` (median s):"
    echo
    echo "| way | first deploy | ratio | goal | unchanged redeploy |"
    echo "| --- | ---: | ---: | --- | ---: |"
    echo "| plain (\`package\` + \`deploy\`) | $(fmt "$ps") | 1.00 | | |"
    echo "| the build's stage | $(fmt "$fs") | $r3 | ≤ 0.50: $(verdict "$r3" le 0.50) | $(fmt "$rs") |"
    echo
    echo "Unchanged redeploys: $bytes bytes uploaded and $events stack events added in total over $(count "$f" build-redeploy) runs (goal 0 and 0: $([ "$bytes" = 0 ] && [ "$events" = 0 ] && echo '**pass**' || echo '**FAIL**'))."
    echo
    echo "Cake's summary, AWS tasks (median s):"
    echo
    echo "| task | first deploy | redeploy |"
    echo "| --- | ---: | ---: |"
    local task
    for task in $AWS_TASKS; do
      echo "| $task | $(fmt "$(awk -F, -v t="$task" 'NR > 1 && $1 == "build-first" && $3 == t { print $4 }' "$RESULTS/deploy-tasks.csv" | median)") | $(fmt "$(awk -F, -v t="$task" 'NR > 1 && $1 == "build-redeploy" && $3 == t { print $4 }' "$RESULTS/deploy-tasks.csv" | median)") |"
    done
    echo
  fi
  f="$RESULTS/memory.csv"
  if [ -f "$f" ]; then
    local m x
    m="$(awk -F, 'NR > 1 { print $3 }' "$f" | median)"; x="$(awk -F, 'NR > 1 { print $3 }' "$f" | sort -g | tail -1)"
    echo "### 4. Peak memory (VmHWM) of the build host's dotnet process in full rehearsals ($(($(wc -l < "$f") - 1)) runs)"
    echo
    echo "| median MB | max MB | goal |"
    echo "| ---: | ---: | --- |"
    echo "| $(printf %.0f "$m") | $x | ≤ 300 MB: $(verdict "$x" le 300) |"
    echo
  fi
  f="$RESULTS/upload.csv"
  if [ -f "$f" ]; then
    local st sp cli r
    st="$(csv_median "$f" store mib_per_s)"; cli="$(csv_median "$f" aws-cli mib_per_s)"; r="$(ratio "$st" "$cli")"
    echo "### 5. 200 MiB upload, SSE-KMS, to one moto bucket ($(count "$f" store) + $(count "$f" aws-cli) runs, alternating)"
    echo
    echo "| way | median s | median MiB/s | throughput ratio | goal |"
    echo "| --- | ---: | ---: | ---: | --- |"
    echo "| \`aws s3 cp --sse aws:kms --sse-kms-key-id\` | $(fmt "$(csv_median "$f" aws-cli seconds)") | $(fmt "$cli") | 1.00 | |"
    echo "| \`ArtifactStore.UploadAsync\` (hash + multipart + verify) | $(fmt "$(csv_median "$f" store seconds)") | $(fmt "$st") | $r | ≥ 1.0: $(verdict "$r" ge 1.0) |"
    echo "| the same, whole helper process (.NET start-up included) | $(fmt "$(csv_median "$f" store process_seconds)") | | | |"
    echo
  fi
}

generate > "$doc.tables"
if [ ! -f "$doc" ]; then
  printf '# Benchmarks\n\n<!-- generated:start -->\n<!-- generated:end -->\n' > "$doc"
fi
awk -v tables="$doc.tables" '
  /<!-- generated:start -->/ { print; while ((getline line < tables) > 0) print line; skip = 1; next }
  /<!-- generated:end -->/ { skip = 0 }
  !skip { print }' "$doc" > "$doc.tmp"
mv "$doc.tmp" "$doc"
rm -f "$doc.tables"
