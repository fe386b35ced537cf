# Milvus Lite 3 (pure-Python Milvus with a gRPC server) from PyPI, in a venv under $FF_CACHE.
# Sourced by scripts/backends.sh after lib.sh.

MILVUS_LITE_VERSION=3.2.2
# milvus-lite's server imports pymilvus' generated gRPC stubs but does not declare it.
PYMILVUS_VERSION=3.0.2
MILVUS_VENV="$FF_CACHE/milvus/lite-$MILVUS_LITE_VERSION"

# Port from FREEFACE_MILVUS_ADDRESS (host:port, optionally with a scheme).
milvus_port() {
  local addr=${FREEFACE_MILVUS_ADDRESS:-127.0.0.1:19530}
  addr=${addr#*://}; addr=${addr%%/*}
  echo "${addr##*:}"
}

milvus_install() {
  [ -f "$MILVUS_VENV/.complete" ] && return 0
  ff_log "installing milvus-lite $MILVUS_LITE_VERSION from PyPI (first run only)"
  # Debian's python3 needs python3-venv for ensurepip.
  if ! python3 -c 'import ensurepip' 2>/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq python3-venv >&2 || return 1
  fi
  rm -rf "$MILVUS_VENV"
  python3 -m venv "$MILVUS_VENV" >&2 &&
    "$MILVUS_VENV/bin/pip" install -q --disable-pip-version-check \
      "milvus-lite==$MILVUS_LITE_VERSION" "pymilvus==$PYMILVUS_VERSION" >&2 || return 1
  touch "$MILVUS_VENV/.complete"
}

milvus_start() {
  local dir; dir=$(ff_datadir milvus)
  # The CLI only shuts down gracefully (drain requests, close the DB) on KeyboardInterrupt,
  # so turn SIGTERM (what ff_stop sends) into one before running its main().
  ff_spawn milvus "$MILVUS_VENV/bin/python" -u -c '
import signal, sys
signal.signal(signal.SIGTERM, signal.default_int_handler)
from milvus_lite.cmdline import main
sys.exit(main())' server --host 127.0.0.1 --port "$(milvus_port)" --data-dir "$dir"
}

# A real gRPC call: MilvusService/GetVersion with an empty request (5-byte gRPC frame,
# no compression, length 0) over cleartext HTTP/2; ready when the trailer says grpc-status 0.
milvus_ready() {
  printf '\0\0\0\0\0' | curl -s --max-time 2 --http2-prior-knowledge -X POST \
    -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @- -D - -o /dev/null \
    "http://127.0.0.1:$(milvus_port)/milvus.proto.milvus.MilvusService/GetVersion" |
    grep -q '^grpc-status: 0'
}

milvus_version() { echo "milvus-lite $MILVUS_LITE_VERSION (pymilvus $PYMILVUS_VERSION)"; }
