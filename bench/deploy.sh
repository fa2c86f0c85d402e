# Benchmark 3 (and 4): a whole first deploy against a fresh moto and then an unchanged redeploy, build (A) vs the
# plain way (B: bench/plain/whole.sh, the raw pull-request commands + terraform + aws cloudformation), back to
# back and alternating. Every build run also records the host's VmHWM for benchmark 4.
runtime_stack_events() {
  local credentials
  credentials="$(aws_local sts assume-role --role-arn arn:aws:iam::222222222222:role/greeter-preprod-deploy \
    --role-session-name bench-check --output json)"
  AWS_ACCESS_KEY_ID="$(jq -r .Credentials.AccessKeyId <<< "$credentials")" \
  AWS_SECRET_ACCESS_KEY="$(jq -r .Credentials.SecretAccessKey <<< "$credentials")" \
  AWS_SESSION_TOKEN="$(jq -r .Credentials.SessionToken <<< "$credentials")" \
  AWS_DEFAULT_REGION=eu-west-1 aws --endpoint-url "$(moto_endpoint)" cloudformation describe-stack-events \
    --stack-name greeter-preprod --output json | jq '.StackEvents | length'
}

# Bytes the build reported uploading (the last "N bytes uploaded" line; 0 when the package was already stored).
uploaded_bytes() {
  sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -oE '[0-9,]+ bytes uploaded' | tail -1 | cut -d' ' -f1 | tr -d ,
}

non_aws_sum() {
  cake_summary "$1" | awk -v names=" $AWS_TASKS " '!index(names, " " $1 " ") { s += $2 } END { printf "%.3f\n", s }'
}

# Seconds Terraform ran beside the build (StartTerraform to its end), from TerraformInBackground's line.
background_seconds() {
  sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -oE 'Terraform ran in the background for [0-9.]+ s' | grep -oE '[0-9.]+' | tail -1
}

record_build() {
  local variant="$1" rep="$2" log_file="$3" csv="$4" tasks="$5" updates="$6" published="${7:-}"
  local aws wall
  aws="$(cake_sum "$log_file" $AWS_TASKS)"
  wall="$(echo "$RUN_SECONDS - $(non_aws_sum "$log_file")" | bc -l)"
  echo "$variant,$rep,$RUN_SECONDS,$aws,$wall,$(uploaded_bytes "$log_file"),$updates,$(background_seconds "$log_file"),$(cake_sum "$log_file" $STAGE_TASKS),$published" >> "$csv"
  cake_summary "$log_file" | awk -v v="$variant" -v r="$rep" '{ print v "," r "," $1 "," $2 }' >> "$tasks"
  echo "$variant,$rep,$((RUN_HWM_KB / 1024))" >> "$RESULTS/memory.csv"
}

# One plain run: its whole time, and Terraform + stage seconds from the script's last line.
record_plain() {
  local variant="$1" rep="$2" log_file="$3" csv="$4" terraform stage
  terraform="$(grep -oE 'terraform=[0-9.]+' "$log_file" | tail -1 | cut -d= -f2)"
  stage="$(grep -oE 'stage=[0-9.]+' "$log_file" | tail -1 | cut -d= -f2)"
  echo "$variant,$rep,$RUN_SECONDS,$(echo "$terraform + $stage" | bc -l),$RUN_SECONDS,,,,$stage," >> "$csv"
}

bench_deploy() {
  local reps="${BENCH_REPS_DEPLOY:-3}" csv="$RESULTS/deploy.csv" tasks="$RESULTS/deploy-tasks.csv" scratch="$BENCH_WORK/deploy-plain"
  ensure_tool
  start_moto
  mkdir -p "$scratch"
  dotnet "$TOOL" tf-args "$CLONE" "$(moto_endpoint)" > "$BENCH_WORK/tf-args.tsv"
  if [ -z "${PR_PROPS:-}" ]; then
    log "deploy: warm-up PullRequest (records the build's MSBuild properties for the plain way)"
    (cd "$CLONE" && ./build.sh --target=PullRequest --verbosity=diagnostic) > "$BENCH_WORK/deploy-warmup.log" 2>&1
    pr_props "$BENCH_WORK/deploy-warmup.log"
  fi
  # Columns: run_seconds = whole process; aws_seconds = sum of the AWS tasks in Cake's summary, i.e. the AWS time
  # the run waits for (plain: terraform + stage); aws_wall_seconds = run_seconds minus the non-AWS tasks (host
  # start-up and teardown stay in); terraform_background_seconds = Terraform's time beside the build (build only);
  # stage_seconds = upload + deploy (build: UploadArtifact, AssumeRuntimeRole, DetectDrift, DeployStack;
  # plain: cloudformation package, sts assume-role, cloudformation deploy); version_published = whether
  # ShiftTraffic published a Lambda version (build only).
  echo "variant,rep,run_seconds,aws_seconds,aws_wall_seconds,bytes_uploaded,stack_events_added,terraform_background_seconds,stage_seconds,version_published" > "$csv"
  echo "variant,rep,task,seconds" > "$tasks"
  echo "variant,rep,host_hwm_mb" > "$RESULTS/memory.csv"
  local rep log_file before after published
  for rep in $(seq 1 "$reps"); do
    reset_moto
    log_file="$BENCH_WORK/deploy-first-$rep.log"
    run_measured "$log_file" bash -c "cd '$CLONE' && exec ./build.sh --local-aws-endpoint=$(moto_endpoint)"
    [ "$RUN_RC" = 0 ] || { log "deploy: build failed, see $log_file"; return 1; }
    record_build build-first "$rep" "$log_file" "$csv" "$tasks" "" ""
    log "deploy $rep/$reps build first: $(printf %.1f "$RUN_SECONDS") s, AWS tasks $(cake_sum "$log_file" $AWS_TASKS) s, host peak $((RUN_HWM_KB / 1024)) MB"

    before="$(runtime_stack_events)"
    log_file="$BENCH_WORK/deploy-again-$rep.log"
    run_measured "$log_file" bash -c "cd '$CLONE' && exec ./build.sh --local-aws-endpoint=$(moto_endpoint)"
    [ "$RUN_RC" = 0 ] || { log "deploy: redeploy failed, see $log_file"; return 1; }
    after="$(runtime_stack_events)"
    published="$(jq -r '.release.versionPublished' "$CLONE/artifacts/deploy/preprod.json")"
    record_build build-redeploy "$rep" "$log_file" "$csv" "$tasks" "$((after - before))" "$published"
    log "deploy $rep/$reps build redeploy: $(printf %.1f "$RUN_SECONDS") s, $(uploaded_bytes "$log_file") bytes, $((after - before)) stack events, new Lambda version: $published"

    reset_moto
    log_file="$BENCH_WORK/deploy-plain-first-$rep.log"
    run_measured "$log_file" "$BENCH_DIR/plain/whole.sh" "$CLONE" "$scratch" "$(moto_endpoint)" "$PR_VERSION" "$PR_PROPS" "$BENCH_WORK/tf-args.tsv"
    [ "$RUN_RC" = 0 ] || { log "deploy: plain first deploy failed, see $log_file"; return 1; }
    record_plain plain-first "$rep" "$log_file" "$csv"
    log "deploy $rep/$reps plain first: $(printf %.1f "$RUN_SECONDS") s"

    log_file="$BENCH_WORK/deploy-plain-again-$rep.log"
    run_measured "$log_file" "$BENCH_DIR/plain/whole.sh" "$CLONE" "$scratch" "$(moto_endpoint)" "$PR_VERSION" "$PR_PROPS" "$BENCH_WORK/tf-args.tsv"
    [ "$RUN_RC" = 0 ] || { log "deploy: plain redeploy failed, see $log_file"; return 1; }
    record_plain plain-again "$rep" "$log_file" "$csv"
    log "deploy $rep/$reps plain again: $(printf %.1f "$RUN_SECONDS") s"
  done
}
