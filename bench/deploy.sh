# Benchmark 3 (and 4): the AWS part of a first deploy against a fresh moto, build (A) vs plain script (B),
# alternating; after each build first deploy an unchanged redeploy. Every build run also records the host's
# VmHWM for benchmark 4.
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
  local variant="$1" rep="$2" log_file="$3" csv="$4" tasks="$5" updates="$6"
  local aws wall
  aws="$(cake_sum "$log_file" $AWS_TASKS)"
  wall="$(echo "$RUN_SECONDS - $(non_aws_sum "$log_file")" | bc -l)"
  echo "$variant,$rep,$RUN_SECONDS,$aws,$wall,$(uploaded_bytes "$log_file"),$updates,$(background_seconds "$log_file"),$(cake_sum "$log_file" $STAGE_TASKS)" >> "$csv"
  cake_summary "$log_file" | awk -v v="$variant" -v r="$rep" '{ print v "," r "," $1 "," $2 }' >> "$tasks"
  echo "$variant,$rep,$((RUN_HWM_KB / 1024))" >> "$RESULTS/memory.csv"
}

bench_deploy() {
  local reps="${BENCH_REPS_DEPLOY:-3}" csv="$RESULTS/deploy.csv" tasks="$RESULTS/deploy-tasks.csv" scratch="$BENCH_WORK/deploy-plain"
  ensure_tool
  start_moto
  mkdir -p "$scratch"
  dotnet "$TOOL" tf-args "$CLONE" "$(moto_endpoint)" > "$BENCH_WORK/tf-args.tsv"
  # Columns: run_seconds = whole process; aws_seconds = sum of the AWS tasks in Cake's summary, i.e. the AWS time
  # the run waits for (plain: the script); aws_wall_seconds = run_seconds minus the non-AWS tasks (host start-up
  # and teardown stay in); terraform_background_seconds = Terraform's time beside the build (build only);
  # stage_seconds = upload + deploy (build: UploadArtifact, AssumeRuntimeRole, DetectDrift, DeployStack;
  # plain: cloudformation package, sts assume-role, cloudformation deploy).
  echo "variant,rep,run_seconds,aws_seconds,aws_wall_seconds,bytes_uploaded,stack_events_added,terraform_background_seconds,stage_seconds" > "$csv"
  echo "variant,rep,task,seconds" > "$tasks"
  echo "variant,rep,host_hwm_mb" > "$RESULTS/memory.csv"
  local rep log_file before after version stage
  for rep in $(seq 1 "$reps"); do
    reset_moto
    log_file="$BENCH_WORK/deploy-first-$rep.log"
    run_measured "$log_file" bash -c "cd '$CLONE' && exec ./build.sh --local-aws-endpoint=$(moto_endpoint)"
    [ "$RUN_RC" = 0 ] || { log "deploy: build failed, see $log_file"; return 1; }
    record_build build-first "$rep" "$log_file" "$csv" "$tasks" ""
    log "deploy $rep/$reps build first: $(printf %.1f "$RUN_SECONDS") s, AWS tasks $(cake_sum "$log_file" $AWS_TASKS) s, host peak $((RUN_HWM_KB / 1024)) MB"

    before="$(runtime_stack_events)"
    log_file="$BENCH_WORK/deploy-again-$rep.log"
    run_measured "$log_file" bash -c "cd '$CLONE' && exec ./build.sh --local-aws-endpoint=$(moto_endpoint)"
    [ "$RUN_RC" = 0 ] || { log "deploy: redeploy failed, see $log_file"; return 1; }
    after="$(runtime_stack_events)"
    record_build build-redeploy "$rep" "$log_file" "$csv" "$tasks" "$((after - before))"
    published="$(jq -r '.release.versionPublished' "$CLONE/artifacts/deploy/preprod.json")"
    log "deploy $rep/$reps build redeploy: AWS tasks $(cake_sum "$log_file" $AWS_TASKS) s, $(uploaded_bytes "$log_file") bytes, $((after - before)) stack events, new Lambda version: $published"
    [ "$published" = false ] || { log "deploy: the unchanged redeploy published a Lambda version, see $log_file"; return 1; }

    cp "$CLONE"/artifacts/package/*.zip "$BENCH_WORK/package.zip"
    version="$(jq -r .version "$CLONE/artifacts/package/manifest.json")"
    reset_moto
    log_file="$BENCH_WORK/deploy-plain-$rep.log"
    run_measured "$log_file" "$BENCH_DIR/plain/deploy.sh" "$CLONE" "$scratch" "$(moto_endpoint)" "$BENCH_WORK/package.zip" "$version" "$BENCH_WORK/tf-args.tsv"
    [ "$RUN_RC" = 0 ] || { log "deploy: plain script failed, see $log_file"; return 1; }
    stage="$(grep -oE 'stage=[0-9.]+' "$log_file" | tail -1 | cut -d= -f2)"
    echo "plain-first,$rep,$RUN_SECONDS,$RUN_SECONDS,$RUN_SECONDS,$(stat -c %s "$BENCH_WORK/package.zip"),,,$stage" >> "$csv"
    log "deploy $rep/$reps plain first: $(printf %.1f "$RUN_SECONDS") s"
  done
}
