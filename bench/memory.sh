# Benchmark 4 alone: VmHWM of the build host's own dotnet process during full rehearsals (first deploys
# against a fresh moto). `run.sh all` takes these numbers from the deploy benchmark's build runs instead.
bench_memory() {
  local reps="${BENCH_REPS_MEMORY:-3}" csv="$RESULTS/memory.csv"
  ensure_clone
  start_moto
  echo "variant,rep,host_hwm_mb" > "$csv"
  local rep
  for rep in $(seq 1 "$reps"); do
    reset_moto
    run_measured "$BENCH_WORK/memory-$rep.log" bash -c "cd '$CLONE' && exec ./build.sh --local-aws-endpoint=$(moto_endpoint)"
    [ "$RUN_RC" = 0 ] || { log "memory: build failed, see $BENCH_WORK/memory-$rep.log"; return 1; }
    echo "build-first,$rep,$((RUN_HWM_KB / 1024))" >> "$csv"
    log "memory $rep/$reps: host peak $((RUN_HWM_KB / 1024)) MB"
  done
}
