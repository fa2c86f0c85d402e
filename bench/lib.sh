# Shared helpers for the benchmarks; sourced by run.sh and the bench-*.sh scripts.
# BENCH_WORK: scratch folder (default /tmp/bench-work.$$); the clone lives in $BENCH_WORK/repo.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE_REPO="$(cd "$BENCH_DIR/.." && pwd)"
BENCH_WORK="${BENCH_WORK:-/tmp/bench-work.$$}"
CLONE="$BENCH_WORK/repo"
RESULTS="$BENCH_DIR/results"
TOOL_OUT="$BENCH_WORK/tool-out"
TOOL="$TOOL_OUT/bin/Bench/release/Bench.dll"
MOTO_PORT=""
MOTO_PID=""
mkdir -p "$RESULTS"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

now() { date +%s.%N; }

# A fresh clone of the committed HEAD, so nobody's uncommitted work (or running build) is measured.
ensure_clone() {
  if [ ! -d "$CLONE/.git" ]; then
    log "cloning $SOURCE_REPO (HEAD $(git -C "$SOURCE_REPO" rev-parse --short HEAD)) into $CLONE"
    git clone -q "$SOURCE_REPO" "$CLONE"
  fi
  # Before bench/ is committed the clone lacks the helper project; copy it, hidden from git status so the
  # build's version does not turn ".dirty".
  if [ ! -f "$CLONE/bench/Bench/Bench.csproj" ]; then
    mkdir -p "$CLONE/bench"
    cp -r "$BENCH_DIR/Bench" "$CLONE/bench/"
    echo "bench/Bench/" >> "$CLONE/.git/info/exclude"
  fi
}

ensure_tool() {
  ensure_clone
  if [ ! -f "$TOOL" ]; then
    log "building the helper (bench/Bench) into $TOOL_OUT"
    dotnet build "$CLONE/bench/Bench/Bench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly --artifacts-path "$TOOL_OUT" >&2
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_moto() {
  [ -n "$MOTO_PID" ] && return
  MOTO_PORT="$(free_port)"
  moto_server -H 127.0.0.1 -p "$MOTO_PORT" > "$BENCH_WORK/moto.log" 2>&1 &
  MOTO_PID=$!
  for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$MOTO_PORT/moto-api/" && break
    sleep 0.2
  done
  log "moto_server $MOTO_PID on 127.0.0.1:$MOTO_PORT"
}

reset_moto() { curl -sf -X POST "http://127.0.0.1:$MOTO_PORT/moto-api/reset" > /dev/null; }

stop_moto() {
  if [ -n "$MOTO_PID" ]; then
    kill "$MOTO_PID" 2>/dev/null || true
    wait "$MOTO_PID" 2>/dev/null || true
    log "moto_server $MOTO_PID stopped"
    MOTO_PID=""
  fi
}

moto_endpoint() { echo "http://127.0.0.1:$MOTO_PORT"; }

# The aws CLI against the emulator with its test keys; never the host's profile.
aws_local() {
  env -u AWS_PROFILE -u AWS_SESSION_TOKEN AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
    AWS_DEFAULT_REGION=eu-west-1 AWS_REGION=eu-west-1 aws --endpoint-url "$(moto_endpoint)" "$@"
}

# Runs "$@" in the background, polls VmHWM of that process (build.sh execs dotnet, so the pid becomes the
# host's own dotnet; terraform, dotnet build and moto are children and not counted). Sets RUN_SECONDS,
# RUN_HWM_KB and RUN_RC; output goes to $1.
run_measured() {
  local out="$1"; shift
  local start end pid hwm=0 line cmd
  start="$(now)"
  "$@" > "$out" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if cmd="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)" && [[ "$cmd" == *Build.dll* ]]; then
      line="$(grep -m1 '^VmHWM:' "/proc/$pid/status" 2>/dev/null || true)"
      [ -n "$line" ] && hwm="$(awk '{print $2}' <<< "$line")"
    fi
    sleep 0.1
  done
  RUN_RC=0
  wait "$pid" || RUN_RC=$?
  end="$(now)"
  RUN_SECONDS="$(echo "$end - $start" | bc -l)"
  RUN_HWM_KB="$hwm"
}

# "Task seconds" pairs from Cake's summary table in a build log.
cake_summary() {
  sed 's/\x1b\[[0-9;]*m//g' "$1" | awk '$2 ~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]+$/ && ($3 == "Succeeded" || $3 == "Failed" || $3 == "Skipped") {
      split($2, t, ":"); printf "%s %.3f\n", $1, t[1] * 3600 + t[2] * 60 + t[3] }'
}

# Sum of the named tasks' durations from a build log.
cake_sum() {
  local log_file="$1"; shift
  local names=" $* "
  cake_summary "$log_file" | awk -v names="$names" 'index(names, " " $1 " ") { s += $2 } END { printf "%.3f\n", s }'
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Median of one CSV column (by header name) over rows whose first column matches.
csv_median() {
  local file="$1" variant="$2" column="$3"
  awk -F, -v v="$variant" -v c="$column" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) k = i; next } $1 == v { print $k }' "$file" | median
}

AWS_TASKS="StartLocalAws SignIn TerraformInit StartTerraform TerraformApply ReadTerraformOutputs UploadArtifact AssumeRuntimeRole DetectDrift DeployStack"
STAGE_TASKS="UploadArtifact AssumeRuntimeRole DetectDrift DeployStack"
