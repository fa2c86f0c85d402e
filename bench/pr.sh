# Benchmark 1: warm `./build.sh --target=PullRequest` (A: nothing changed since the last green run; A': --clean,
# every check runs as when the build's code and every Terraform root changed) vs the raw commands it runs (B),
# alternating.
# Benchmark 1b: the same from a clean clone with a warm NuGet cache (host compile included) vs the raw commands
# in another clean clone of the same commit, alternating.

# The MSBuild properties and version the build passes, so the raw commands compile exactly as it does.
pr_props() {
  local log_file="$1"
  PR_PROPS="$(grep -m1 'Executing: .*dotnet build ' "$log_file" | grep -oE '/property:[^ ]+' | tr '\n' ' ')"
  PR_VERSION="$(grep -oE '/property:Version=[^ ]+' <<< "$PR_PROPS" | cut -d= -f2)"
}

# The changed-infra case: a comment line, new each time, appended to one root's main.tf, so that root's validate and
# the build's own tests (they read infra/ too) must run again while the other roots stay as at their last green run.
# skip-worktree keeps the change out of `git status`, so the version (and with it every dotnet step) stays as in the
# other variants: only the effect of the infra change is measured, at the same commit.
CHANGED_ROOT_FILE=infra/environments/preprod/main.tf

change_infra() {
  git -C "$CLONE" update-index --skip-worktree "$CHANGED_ROOT_FILE"
  printf '# bench: changed-infra run %s\n' "$1" >> "$CLONE/$CHANGED_ROOT_FILE"
}

# The run validated the changed root and skipped the unchanged ones.
changed_root_only() {
  local root
  root="$(dirname "$CHANGED_ROOT_FILE")"
  grep -q "terraform validate: $root is valid" "$1" &&
    [ "$(grep -c 'terraform validate: .* skipped' "$1")" -ge 1 ] &&
    ! grep -q "terraform validate: $root skipped" "$1"
}

restore_infra() {
  git -C "$CLONE" update-index --no-skip-worktree "$CHANGED_ROOT_FILE"
  git -C "$CLONE" checkout -q -- "$CHANGED_ROOT_FILE"
}

bench_pr() {
  local reps="${BENCH_REPS_PR:-3}" csv="$RESULTS/pr.csv" tasks="$RESULTS/pr-tasks.csv" scratch="$BENCH_WORK/pr-plain"
  ensure_clone
  mkdir -p "$scratch"
  log "pr: warm-up (compiles the host if needed; records the build's MSBuild properties)"
  (cd "$CLONE" && ./build.sh --target=PullRequest --verbosity=diagnostic) > "$BENCH_WORK/pr-warmup.log" 2>&1
  pr_props "$BENCH_WORK/pr-warmup.log"
  "$BENCH_DIR/plain/pull-request.sh" "$CLONE" "$scratch" "$PR_VERSION" "$PR_PROPS" > "$BENCH_WORK/pr-plain-warmup.log" 2>&1

  echo "variant,rep,seconds,host_hwm_mb" > "$csv"
  echo "variant,rep,task,seconds" > "$tasks"
  local rep variant
  for rep in $(seq 1 "$reps"); do
    for variant in build build-infra build-clean; do
      local flag=""
      [ "$variant" = build-clean ] && flag="--clean"
      [ "$variant" = build-infra ] && change_infra "$rep"
      run_measured "$BENCH_WORK/pr-$variant-$rep.log" bash -c "cd '$CLONE' && exec ./build.sh --target=PullRequest $flag"
      [ "$RUN_RC" = 0 ] || { log "pr: build failed, see $BENCH_WORK/pr-$variant-$rep.log"; return 1; }
      if [ "$variant" = build-infra ] && ! changed_root_only "$BENCH_WORK/pr-$variant-$rep.log"; then
        log "pr: the changed-infra run did not validate exactly $CHANGED_ROOT_FILE's root, see $BENCH_WORK/pr-$variant-$rep.log"; return 1
      fi
      echo "$variant,$rep,$RUN_SECONDS,$((RUN_HWM_KB / 1024))" >> "$csv"
      cake_summary "$BENCH_WORK/pr-$variant-$rep.log" | awk -v v="$variant" -v r="$rep" '{ print v "," r "," $1 "," $2 }' >> "$tasks"
      log "pr $rep/$reps $variant: $(printf %.1f "$RUN_SECONDS") s"
    done
    run_measured "$BENCH_WORK/pr-plain-$rep.log" "$BENCH_DIR/plain/pull-request.sh" "$CLONE" "$scratch" "$PR_VERSION" "$PR_PROPS"
    [ "$RUN_RC" = 0 ] || { log "pr: plain commands failed, see $BENCH_WORK/pr-plain-$rep.log"; return 1; }
    echo "plain,$rep,$RUN_SECONDS," >> "$csv"
    log "pr $rep/$reps plain: $(printf %.1f "$RUN_SECONDS") s"
  done
  restore_infra
}

# A clone of the same commit with nothing built: what a CodeBuild run with a package cache starts from.
clean_clone() {
  rm -rf "$1"
  git clone -q "$CLONE" "$1"
}

bench_prclean() {
  local reps="${BENCH_REPS_PRCLEAN:-2}" csv="$RESULTS/prclean.csv" scratch="$BENCH_WORK/prclean-plain" dir="$BENCH_WORK/clean"
  ensure_clone
  mkdir -p "$scratch"
  log "prclean: warm-up in a clean clone (fills the NuGet cache; records the MSBuild properties)"
  clean_clone "$dir"
  (cd "$dir" && ./build.sh --target=PullRequest --verbosity=diagnostic) > "$BENCH_WORK/prclean-warmup.log" 2>&1
  pr_props "$BENCH_WORK/prclean-warmup.log"
  echo "variant,rep,seconds" > "$csv"
  local rep
  for rep in $(seq 1 "$reps"); do
    clean_clone "$dir"
    run_measured "$BENCH_WORK/prclean-build-$rep.log" bash -c "cd '$dir' && exec ./build.sh --target=PullRequest"
    [ "$RUN_RC" = 0 ] || { log "prclean: build failed, see $BENCH_WORK/prclean-build-$rep.log"; return 1; }
    echo "build,$rep,$RUN_SECONDS" >> "$csv"
    log "prclean $rep/$reps build: $(printf %.1f "$RUN_SECONDS") s"
    clean_clone "$dir"
    rm -rf "$scratch"; mkdir -p "$scratch"
    run_measured "$BENCH_WORK/prclean-plain-$rep.log" "$BENCH_DIR/plain/pull-request.sh" "$dir" "$scratch" "$PR_VERSION" "$PR_PROPS"
    [ "$RUN_RC" = 0 ] || { log "prclean: plain commands failed, see $BENCH_WORK/prclean-plain-$rep.log"; return 1; }
    echo "plain,$rep,$RUN_SECONDS" >> "$csv"
    log "prclean $rep/$reps plain: $(printf %.1f "$RUN_SECONDS") s"
  done
}
