# Benchmark 1: warm `./build.sh --target=PullRequest` (A) vs the raw commands it runs (B), alternating.
bench_pr() {
  local reps="${BENCH_REPS_PR:-3}" csv="$RESULTS/pr.csv" tasks="$RESULTS/pr-tasks.csv" scratch="$BENCH_WORK/pr-plain"
  ensure_clone
  mkdir -p "$scratch"
  log "pr: warm-up (compiles the host if needed; records the build's MSBuild properties)"
  (cd "$CLONE" && ./build.sh --target=PullRequest --verbosity=diagnostic) > "$BENCH_WORK/pr-warmup.log" 2>&1
  local props version
  props="$(grep -m1 'Executing: .*dotnet build ' "$BENCH_WORK/pr-warmup.log" | grep -oE '/property:[^ ]+' | tr '\n' ' ')"
  version="$(grep -oE '/property:Version=[^ ]+' <<< "$props" | cut -d= -f2)"
  "$BENCH_DIR/plain/pull-request.sh" "$CLONE" "$scratch" "$version" "$props" > "$BENCH_WORK/pr-plain-warmup.log" 2>&1

  echo "variant,rep,seconds,host_hwm_mb" > "$csv"
  echo "rep,task,seconds" > "$tasks"
  for rep in $(seq 1 "$reps"); do
    run_measured "$BENCH_WORK/pr-build-$rep.log" bash -c "cd '$CLONE' && exec ./build.sh --target=PullRequest"
    [ "$RUN_RC" = 0 ] || { log "pr: build failed, see $BENCH_WORK/pr-build-$rep.log"; return 1; }
    echo "build,$rep,$RUN_SECONDS,$((RUN_HWM_KB / 1024))" >> "$csv"
    cake_summary "$BENCH_WORK/pr-build-$rep.log" | awk -v r="$rep" '{ print r "," $1 "," $2 }' >> "$tasks"
    log "pr $rep/$reps build: $(printf %.1f "$RUN_SECONDS") s"
    run_measured "$BENCH_WORK/pr-plain-$rep.log" "$BENCH_DIR/plain/pull-request.sh" "$CLONE" "$scratch" "$version" "$props"
    [ "$RUN_RC" = 0 ] || { log "pr: plain commands failed, see $BENCH_WORK/pr-plain-$rep.log"; return 1; }
    echo "plain,$rep,$RUN_SECONDS," >> "$csv"
    log "pr $rep/$reps plain: $(printf %.1f "$RUN_SECONDS") s"
  done
}
