#!/usr/bin/env bash
# Fuzzes the REST API from the outside: Schemathesis (PyPI, in a cached virtualenv) against the OpenAPI document
# of `freeface start` (the embedded profile, a fresh data dir, loopback, free ports), with an admin token.
#   bash scripts/fuzz-api.sh [extra st run options]     (npm run fuzz:api; CI runs it)
# Fails on any server error, undocumented status code, wrong answer to an undeclared method, or an answer that
# does not match its schema. scripts/fuzz-api.toml leaves out what would lock the fuzzer out. One check is off:
# positive_data_acceptance, which wants every schema-valid request accepted, while some are rightly refused with
# a 400 for what no schema can say (a page token the server did not sign, base64 that is not an image).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
cache="${FREEFACE_CACHE_DIR:-$HOME/.cache/freeface}"
version=4.32.5
venv="$cache/schemathesis-$version"
if ! "$venv/bin/st" --version >/dev/null 2>&1; then
  echo "fuzz-api: installing schemathesis $version into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "schemathesis==$version"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
data=$(mktemp -d)
api_port=$(free_port)
password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
log="$data/server.log"
FREEFACE_DATA_DIR="$data/data" FREEFACE_API_HOST=127.0.0.1 FREEFACE_API_PORT="$api_port" \
  FREEFACE_EXTRACTOR_HOST=127.0.0.1 FREEFACE_EXTRACTOR_PORT="$(free_port)" FREEFACE_CLUSTER_HOST=127.0.0.1 FREEFACE_CLUSTER_PORT="$(free_port)" \
  FREEFACE_ADMIN_USER=fuzz-admin FREEFACE_ADMIN_PASSWORD="$password" FREEFACE_RATE_LIMIT_PER_MINUTE=1000000 \
  FREEFACE_LOG_LEVEL=warn node --import tsx packages/cli/src/freeface.ts start >"$log" 2>&1 &
server=$!
cleanup() { kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

base="http://127.0.0.1:$api_port"
for _ in $(seq 1 240); do
  curl -sf "$base/api/v1/health/ready" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "fuzz-api: the server did not start" >&2; exit 1; }
  sleep 0.5
done
token=$(curl -sf -X POST "$base/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"username\":\"fuzz-admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["access_token"])')

set +e
# from the temporary folder, so that Schemathesis' own cache (.schemathesis/) stays out of the checkout.
# Its closing banner has pytest's form ("==== No issues found in 95.2s ===="), which CI's reader of test
# summaries takes for a pytest run that executed no test; the banners are printed as plain lines instead.
(cd "$data" && "$venv/bin/st" --config-file "$root/scripts/fuzz-api.toml" run "$base/docs/json" -H "Authorization: Bearer $token" --checks all \
  --exclude-checks positive_data_acceptance \
  --max-examples "${FUZZ_EXAMPLES:-30}" --workers 2 --request-timeout 60 --seed 1 \
  "$@") 2>&1 | sed -E 's/^=+ (.*[^ =]) =+$/fuzz-api: \1/'
status=${PIPESTATUS[0]}
set -e
if grep -q '"level":50\|"level":60' "$log"; then
  echo "fuzz-api: the server logged errors:" >&2
  grep '"level":50\|"level":60' "$log" | head -20 >&2
fi
exit "$status"
