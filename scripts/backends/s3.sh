# S3 API: Versity S3 Gateway (versitygw, Apache-2.0) over a POSIX folder, built from the
# Go module proxy with `go install` into $FF_CACHE. Sourced by scripts/backends.sh after lib.sh.

VERSITYGW_VERSION=v1.8.0
VERSITYGW_BIN="$FF_CACHE/s3/versitygw-$VERSITYGW_VERSION/bin/versitygw"

# Port from FREEFACE_S3_ENDPOINT (http://host:port).
s3_port() {
  local ep=${FREEFACE_S3_ENDPOINT:-http://127.0.0.1:9000}
  ep=${ep#*://}; ep=${ep%%/*}
  if [[ $ep == *:* ]]; then echo "${ep##*:}"; else echo 80; fi
}

s3_install() {
  [ -x "$VERSITYGW_BIN" ] && return 0
  ff_log "building versitygw $VERSITYGW_VERSION with go install (first run only, a few minutes)"
  # -X stamps the version that `versitygw --version` prints (it says "git" otherwise).
  GOBIN=$(dirname "$VERSITYGW_BIN") GOFLAGS=-buildvcs=false go install -trimpath \
    -ldflags "-s -w -X main.Version=$VERSITYGW_VERSION" \
    "github.com/versity/versitygw/cmd/versitygw@$VERSITYGW_VERSION" >&2
}

s3_start() {
  local root; root=$(ff_datadir s3)
  # The posix backend serves each top-level folder as a bucket, so the project's bucket
  # exists from the start once its folder does.
  mkdir -p "$root/${FREEFACE_S3_BUCKET:-freeface}"
  # --keep-alive: versitygw closes every connection after one request unless told (MinIO and AWS keep them);
  # without it each S3 call opens a new TCP connection
  ROOT_ACCESS_KEY_ID=${FREEFACE_S3_ACCESS_KEY:-freeface} \
  ROOT_SECRET_ACCESS_KEY=${FREEFACE_S3_SECRET_KEY:-freeface-secret-key} \
    ff_spawn s3 "$VERSITYGW_BIN" --port "127.0.0.1:$(s3_port)" \
      --region "${FREEFACE_S3_REGION:-us-east-1}" --keep-alive --quiet posix "$root"
}

# A signed HeadBucket on the project's bucket: 200 means the server answers S3, the root
# keys work and the bucket is there.
s3_ready() {
  local region=${FREEFACE_S3_REGION:-us-east-1}
  [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' -I \
    --aws-sigv4 "aws:amz:$region:s3" \
    --user "${FREEFACE_S3_ACCESS_KEY:-freeface}:${FREEFACE_S3_SECRET_KEY:-freeface-secret-key}" \
    -H 'x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' \
    "http://127.0.0.1:$(s3_port)/${FREEFACE_S3_BUCKET:-freeface}")" = 200 ]
}

s3_version() { echo "versitygw $VERSITYGW_VERSION"; }
