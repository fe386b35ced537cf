#!/usr/bin/env bash
# Real backends on this machine, without Docker, all on 127.0.0.1.
#   scripts/backends.sh up|down|status [name...]     (npm run backends:up, ...)
# Names: kafka cassandra milvus s3 redis (default: all). Data and logs live in .backends/,
# downloads are cached in ${FREEFACE_CACHE_DIR:-~/.cache/freeface}.
set -euo pipefail
FF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ALL=(redis s3 milvus kafka cassandra)

# Ports, keys and versions come from the one settings schema (packages/config).
settings=$(cd "$FF_ROOT" && node --import tsx packages/config/src/print-env.ts)
eval "$settings"

source "$FF_ROOT/scripts/backends/lib.sh"
for b in "${ALL[@]}"; do source "$FF_ROOT/scripts/backends/$b.sh"; done

cmd=${1:-status}; shift || true
names=("$@"); [ ${#names[@]} -gt 0 ] || names=("${ALL[@]}")
for n in "${names[@]}"; do
  [[ " ${ALL[*]} " == *" $n "* ]] || { ff_log "unknown backend '$n' (known: ${ALL[*]})"; exit 2; }
done

up() {
  local n=$1 t0=$SECONDS
  if "${n}_ready" >/dev/null 2>&1; then ff_log "$n already running"; return 0; fi
  "${n}_install"
  ff_log "starting $n"
  "${n}_start"
  ff_wait "$n" "${FF_START_TIMEOUT:-240}" || return 1
  ff_log "$n ready in $((SECONDS - t0))s ($("${n}_version"))"
}

status() {
  local n=$1 pid="-" rss="-" state
  if ff_running "$n"; then pid=$(cat "$(ff_pidfile "$n")"); fi
  if "${n}_ready" >/dev/null 2>&1; then state=ready; elif [ "$pid" != "-" ]; then state=starting; else state=stopped; fi
  if [ "$pid" != "-" ]; then
    # resident memory of the whole process group, in MiB
    rss=$(ps -o rss= -g "$pid" 2>/dev/null | awk '{s+=$1} END {printf "%dMiB", s/1024}')
  fi
  printf '%-10s %-9s pid=%-8s rss=%-8s %s\n' "$n" "$state" "$pid" "$rss" "$("${n}_version" 2>/dev/null || echo '?')"
}

case "$cmd" in
  up)
    failed=()
    for n in "${names[@]}"; do up "$n" || failed+=("$n"); done
    if [ ${#failed[@]} -gt 0 ]; then ff_log "failed to start: ${failed[*]}"; exit 1; fi ;;
  down)
    for n in "${names[@]}"; do ff_stop "$n"; ff_log "$n stopped"; done ;;
  status)
    for n in "${names[@]}"; do status "$n"; done ;;
  *) ff_log "usage: $0 up|down|status [${ALL[*]}]"; exit 2 ;;
esac
