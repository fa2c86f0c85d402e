# Benchmark 5: a 200 MB upload through Pipeline.Artifacts.ArtifactStore (SSE-KMS, multipart) vs `aws s3 cp`
# with the same encryption to the same moto bucket, alternating, quiet and then under the load of a CI run beside
# it: `dotnet build --no-incremental` of the service in a loop (what a second CodeBuild job on the same host
# does; CPU and disk). Objects are deleted between runs (untimed), since the store skips a package it holds.

# Starts the CI-like load; CI_LOAD_PID names the loop.
start_ci_load() {
  ( while :; do
      dotnet build "$CLONE/src/Service/Service.csproj" --no-incremental -c Release -nologo -v quiet -nodeReuse:false \
        --artifacts-path "$BENCH_WORK/ci-load" > /dev/null 2>&1 || sleep 1
    done ) &
  CI_LOAD_PID=$!
  sleep 5
}

stop_ci_load() {
  kill "$CI_LOAD_PID" 2> /dev/null || true
  pkill -P "$CI_LOAD_PID" 2> /dev/null || true
  wait "$CI_LOAD_PID" 2> /dev/null || true
}

# One store upload and one `aws s3 cp`, recorded as VARIANT-SUFFIX.
upload_pair() {
  local rep="$1" suffix="$2" start line seconds total mib=200
  aws_local s3 rm "s3://$bucket" --recursive > /dev/null
  start="$(now)"
  line="$(dotnet "$TOOL" upload "$(moto_endpoint)" "$bucket" "$key_arn" "$blob" 2>> "$BENCH_WORK/upload-store.log")"
  total="$(echo "$(now) - $start" | bc -l)"
  seconds="${line%%,*}"
  echo "store$suffix,$rep,$seconds,$total,$(echo "$mib / $seconds" | bc -l)" >> "$csv"
  log "upload $rep/$reps store$suffix: $seconds s ($line)"

  aws_local s3 rm "s3://$bucket" --recursive > /dev/null
  start="$(now)"
  aws_local s3 cp "$blob" "s3://$bucket/bench/blob.bin" --sse aws:kms --sse-kms-key-id "$key_arn" --no-progress > /dev/null
  seconds="$(echo "$(now) - $start" | bc -l)"
  echo "aws-cli$suffix,$rep,$seconds,$seconds,$(echo "$mib / $seconds" | bc -l)" >> "$csv"
  log "upload $rep/$reps aws s3 cp$suffix: $(printf %.2f "$seconds") s"
}
bench_upload() {
  reps="${BENCH_REPS_UPLOAD:-5}" csv="$RESULTS/upload.csv" blob="$BENCH_WORK/blob-200m.bin" bucket=bench-artifacts
  ensure_tool
  start_moto
  reset_moto
  [ -f "$blob" ] || head -c $((200 * 1024 * 1024)) /dev/urandom > "$blob"
  aws_local s3api create-bucket --bucket "$bucket" --create-bucket-configuration LocationConstraint=eu-west-1 > /dev/null
  key_arn="$(aws_local kms create-key --description bench --query KeyMetadata.Arn --output text)"
  # Columns: seconds = what the caller waits (ArtifactStore.UploadAsync: hash, multipart upload, verify;
  # aws-cli: the whole `aws s3 cp` process); process_seconds = the whole helper process for the store.
  # The store's own log lines, with the seconds elapsed at each, go to $BENCH_WORK/upload-store.log.
  echo "variant,rep,seconds,process_seconds,mib_per_s" > "$csv"
  local rep
  for rep in $(seq 1 "$reps"); do
    upload_pair "$rep" ""
  done
  start_ci_load
  for rep in $(seq 1 "$reps"); do
    upload_pair "$rep" "-loaded"
  done
  stop_ci_load
  aws_local s3 rm "s3://$bucket" --recursive > /dev/null
}
