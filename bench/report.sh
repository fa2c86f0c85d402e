#!/usr/bin/env bash
# Regenerates the generated parts of bench/RESULTS.md (between the "generated" markers) from bench/results/*.csv.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
doc="$BENCH_DIR/RESULTS.md"

ratio() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.3f", $1 / $2; else print "n/a" }'; }
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
    local a i c b r ri rc
    a="$(csv_median "$f" build seconds)"; i="$(csv_median "$f" build-infra seconds)"; c="$(csv_median "$f" build-clean seconds)"
    b="$(csv_median "$f" plain seconds)"
    r="$(ratio "$a" "$b")"; ri="$(ratio "$i" "$b")"; rc="$(ratio "$c" "$b")"
    echo "### 1. Warm PullRequest vs the raw commands ($(count "$f" build) + $(count "$f" build-infra) + $(count "$f" build-clean) + $(count "$f" plain) runs, alternating)"
    echo
    echo "| way | median s | ratio | goal |"
    echo "| --- | ---: | ---: | --- |"
    echo "| plain commands (\`bench/plain/pull-request.sh\`) | $(fmt "$b") | 1.00 | |"
    echo "| \`./build.sh --target=PullRequest\`, nothing changed since the last green run | $(fmt "$a") | $r | ≤ 0.70: $(verdict "$r" le 0.70) |"
    echo "| \`./build.sh --target=PullRequest\`, one Terraform root changed (a comment appended to \`infra/environments/preprod/main.tf\`): that root's validate and the build's own tests run | $(fmt "$i") | $ri | ≤ 0.70: $(verdict "$ri" le 0.70) |"
    echo "| \`./build.sh --target=PullRequest --clean\`, every check runs (worst case: as when the build's code and every root changed) | $(fmt "$c") | $rc | ≤ 0.70: $(verdict "$rc" le 0.70) |"
    echo
    echo "Cake's per-task summary (median s; background checks count only the wait for them):"
    echo
    echo "| task | unchanged | one root changed | --clean |"
    echo "| --- | ---: | ---: | ---: |"
    awk -F, 'NR > 1 { print $3 }' "$RESULTS/pr-tasks.csv" | awk '!seen[$0]++' | while read -r task; do
      local cells="" v
      for v in build build-infra build-clean; do
        cells="$cells $(fmt "$(awk -F, -v v="$v" -v t="$task" 'NR > 1 && $1 == v && $3 == t { print $4 }' "$RESULTS/pr-tasks.csv" | median)") |"
      done
      echo "| $task |$cells"
    done
    echo
  fi
  f="$RESULTS/prclean.csv"
  if [ -f "$f" ]; then
    local a b r
    a="$(csv_median "$f" build seconds)"; b="$(csv_median "$f" plain seconds)"; r="$(ratio "$a" "$b")"
    echo "### 1b. PullRequest from a clean clone, warm NuGet cache ($(count "$f" build) + $(count "$f" plain) runs, alternating)"
    echo
    echo "| way | median s | ratio | goal |"
    echo "| --- | ---: | ---: | --- |"
    echo "| plain commands in a fresh clone | $(fmt "$b") | 1.00 | |"
    echo "| \`./build.sh --target=PullRequest\` in a fresh clone (host compile included) | $(fmt "$a") | $r | ≤ 0.85: $(verdict "$r" le 0.85) |"
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
    local bf pf ba pa r1 r2 bytes events published
    bf="$(csv_median "$f" build-first run_seconds)"; pf="$(csv_median "$f" plain-first run_seconds)"
    ba="$(csv_median "$f" build-redeploy run_seconds)"; pa="$(csv_median "$f" plain-again run_seconds)"
    r1="$(ratio "$bf" "$pf")"; r2="$(ratio "$ba" "$pa")"
    bytes="$(awk -F, 'NR > 1 && $1 == "build-redeploy" { s += $6 } END { print s + 0 }' "$f")"
    events="$(awk -F, 'NR > 1 && $1 == "build-redeploy" { s += $7 } END { print s + 0 }' "$f")"
    published="$(awk -F, 'NR > 1 && $1 == "build-redeploy" && $10 != "false" { n++ } END { print n + 0 }' "$f")"
    echo "### 3. Whole deploys against moto: first (fresh emulator) and unchanged redeploy, back to back ($(count "$f" build-first) reps of each, alternating)"
    echo
    echo "The plain way is \`bench/plain/whole.sh\`: the raw pull-request commands, then \`terraform init\` + \`apply\`,"
    echo "\`terraform output\`, \`aws cloudformation package\` + \`deploy\` (again: the same, finding no changes)."
    echo
    echo "| run | plain, median s | build, median s | ratio | goal | bytes uploaded / stack events / new Lambda versions |"
    echo "| --- | ---: | ---: | ---: | --- | --- |"
    echo "| first deploy | $(fmt "$pf") | $(fmt "$bf") | $r1 | ≤ 0.80: $(verdict "$r1" le 0.80) | |"
    echo "| unchanged redeploy | $(fmt "$pa") | $(fmt "$ba") | $r2 | ≤ 0.50: $(verdict "$r2" le 0.50) | $bytes / $events / $published over $(count "$f" build-redeploy) runs (goal 0 / 0 / 0: $([ "$bytes" = 0 ] && [ "$events" = 0 ] && [ "$published" = 0 ] && echo '**pass**' || echo '**FAIL**')) |"
    echo
    echo "AWS part only (Cake's AWS tasks; plain: Terraform + stage), median s: build first $(fmt "$(csv_median "$f" build-first aws_seconds)"),"
    echo "plain first $(fmt "$(csv_median "$f" plain-first aws_seconds)"); Terraform beside the build $(fmt "$(csv_median "$f" build-first terraform_background_seconds)") s."
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
    local st cli r stl clil rl
    st="$(csv_median "$f" store mib_per_s)"; cli="$(csv_median "$f" aws-cli mib_per_s)"; r="$(ratio "$st" "$cli")"
    stl="$(csv_median "$f" store-loaded mib_per_s)"; clil="$(csv_median "$f" aws-cli-loaded mib_per_s)"; rl="$(ratio "$stl" "$clil")"
    echo "### 5. 200 MiB upload, SSE-KMS, to one moto bucket ($(count "$f" store) + $(count "$f" aws-cli) runs quiet, $(count "$f" store-loaded) + $(count "$f" aws-cli-loaded) under load, alternating)"
    echo
    echo "Load: \`dotnet build --no-incremental\` of the service in a loop beside the upload (a second CI job on the host)."
    echo
    echo "| way | quiet median s | quiet MiB/s | loaded median s | loaded MiB/s | loaded ratio | goal (loaded) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
    echo "| \`aws s3 cp --sse aws:kms --sse-kms-key-id\` | $(fmt "$(csv_median "$f" aws-cli seconds)") | $(fmt "$cli") | $(fmt "$(csv_median "$f" aws-cli-loaded seconds)") | $(fmt "$clil") | 1.00 | |"
    echo "| \`ArtifactStore.UploadAsync\` (hash + multipart + verify) | $(fmt "$(csv_median "$f" store seconds)") | $(fmt "$st") | $(fmt "$(csv_median "$f" store-loaded seconds)") | $(fmt "$stl") | $rl | ≥ 1.0: $(verdict "$rl" ge 1.0) |"
    echo
    echo "Quiet throughput ratio: $r."
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
