# Benchmark 2: warm `./build.sh --tree` vs the compiled host alone vs `dotnet run`, alternating.
bench_tree() {
  local reps="${BENCH_REPS_TREE:-10}" run_reps="${BENCH_REPS_TREE_RUN:-5}" csv="$RESULTS/tree.csv"
  ensure_clone
  log "tree: warm-up"
  (cd "$CLONE" && ./build.sh --tree && dotnet run --project build/Build --artifacts-path "$BENCH_WORK/tree-run-out" -- --tree) > "$BENCH_WORK/tree-warmup.log" 2>&1
  echo "variant,rep,seconds" > "$csv"
  local rep start
  for rep in $(seq 1 "$reps"); do
    start="$(now)"; (cd "$CLONE" && ./build.sh --tree) > /dev/null 2>&1
    echo "build.sh,$rep,$(echo "$(now) - $start" | bc -l)" >> "$csv"
    start="$(now)"; (cd "$CLONE" && dotnet artifacts/build-host/Build.dll --tree) > /dev/null 2>&1
    echo "host-dll,$rep,$(echo "$(now) - $start" | bc -l)" >> "$csv"
    if [ "$rep" -le "$run_reps" ]; then
      # --artifacts-path keeps dotnet run's obj/bin away from the clone's own build output.
      start="$(now)"; (cd "$CLONE" && dotnet run --project build/Build --artifacts-path "$BENCH_WORK/tree-run-out" -- --tree) > /dev/null 2>&1
      echo "dotnet-run,$rep,$(echo "$(now) - $start" | bc -l)" >> "$csv"
    fi
  done
  log "tree: build.sh median $(csv_median "$csv" build.sh seconds) s"
}
