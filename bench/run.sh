#!/usr/bin/env bash
# Runs the benchmarks in a fresh clone of this repository's committed HEAD and regenerates bench/RESULTS.md.
#   bench/run.sh                 all of them: pr prclean tree deploy upload (deploy also records memory)
#   bench/run.sh pr tree         only those; names: pr prclean tree deploy memory upload
# The tables come from this run only: the results of earlier runs are deleted first (one run, one commit).
# Knobs: BENCH_WORK (scratch, default /tmp/bench-work.PID, deleted at the end unless BENCH_KEEP=1),
#   BENCH_REPS_PR (3), BENCH_REPS_PRCLEAN (2), BENCH_REPS_TREE (10), BENCH_REPS_TREE_RUN (5), BENCH_REPS_DEPLOY (3),
#   BENCH_REPS_MEMORY (3), BENCH_REPS_UPLOAD (5).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
for part in pr tree deploy memory upload; do
  source "$BENCH_DIR/$part.sh"
done

names=("$@")
[ ${#names[@]} -eq 0 ] || [ "${names[0]}" = all ] && names=(pr prclean tree deploy upload)
for name in "${names[@]}"; do
  declare -F "bench_$name" > /dev/null || { echo "Unknown benchmark '$name'. Use: pr prclean tree deploy memory upload (or all)." >&2; exit 2; }
done

finish() {
  stop_moto
  if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$BENCH_WORK"; else log "scratch kept in $BENCH_WORK"; fi
}
trap finish EXIT

mkdir -p "$BENCH_WORK"
rm -f "$RESULTS"/*.csv "$RESULTS/machine.txt"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${names[@]}"; do
  log "=== $name ==="
  "bench_$name"
done
ensure_clone
{ "$BENCH_DIR/machine.sh" "$CLONE"; echo "load average (1/5/15 min) before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"; echo "benchmarks run: ${names[*]}"; } \
  > "$RESULTS/machine.txt"
"$BENCH_DIR/report.sh"
log "tables regenerated in $BENCH_DIR/RESULTS.md"
