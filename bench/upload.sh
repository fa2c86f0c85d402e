# Benchmark 5: a 200 MB upload through Pipeline.Artifacts.ArtifactStore (SSE-KMS, multipart) vs `aws s3 cp`
# with the same encryption to the same moto bucket, alternating. Objects are deleted between runs (untimed),
# since the store skips a package it already holds.
bench_upload() {
  local reps="${BENCH_REPS_UPLOAD:-5}" csv="$RESULTS/upload.csv" blob="$BENCH_WORK/blob-200m.bin" bucket=bench-artifacts
  ensure_tool
  start_moto
  reset_moto
  [ -f "$blob" ] || head -c $((200 * 1024 * 1024)) /dev/urandom > "$blob"
  aws_local s3api create-bucket --bucket "$bucket" --create-bucket-configuration LocationConstraint=eu-west-1 > /dev/null
  local key_arn
  key_arn="$(aws_local kms create-key --description bench --query KeyMetadata.Arn --output text)"
  # Columns: seconds = what the caller waits (ArtifactStore.UploadAsync: hash, multipart upload, verify;
  # aws-cli: the whole `aws s3 cp` process); process_seconds = the whole helper process for the store.
  # The store's own log lines, with the seconds elapsed at each, go to $BENCH_WORK/upload-store.log.
  echo "variant,rep,seconds,process_seconds,mib_per_s" > "$csv"
  local rep start line seconds total mib=200
  for rep in $(seq 1 "$reps"); do
    aws_local s3 rm "s3://$bucket" --recursive > /dev/null
    start="$(now)"
    line="$(dotnet "$TOOL" upload "$(moto_endpoint)" "$bucket" "$key_arn" "$blob" 2>> "$BENCH_WORK/upload-store.log")"
    total="$(echo "$(now) - $start" | bc -l)"
    seconds="${line%%,*}"
    echo "store,$rep,$seconds,$total,$(echo "$mib / $seconds" | bc -l)" >> "$csv"
    log "upload $rep/$reps store: $seconds s ($line)"

    aws_local s3 rm "s3://$bucket" --recursive > /dev/null
    start="$(now)"
    aws_local s3 cp "$blob" "s3://$bucket/bench/blob.bin" --sse aws:kms --sse-kms-key-id "$key_arn" --no-progress > /dev/null
    seconds="$(echo "$(now) - $start" | bc -l)"
    echo "aws-cli,$rep,$seconds,$seconds,$(echo "$mib / $seconds" | bc -l)" >> "$csv"
    log "upload $rep/$reps aws s3 cp: $(printf %.2f "$seconds") s"
  done
  aws_local s3 rm "s3://$bucket" --recursive > /dev/null
}
