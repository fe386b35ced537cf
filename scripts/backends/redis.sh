# Redis 7 from Debian's packages, run in the foreground on 127.0.0.1.
# Sourced by scripts/backends.sh after lib.sh.

# Port from FREEFACE_REDIS_URL (redis://[user:pass@]host:port[/db]).
redis_port() {
  local url=${FREEFACE_REDIS_URL:-redis://127.0.0.1:6379} hostport
  hostport=${url#*://}; hostport=${hostport##*@}; hostport=${hostport%%/*}
  if [[ $hostport == *:* ]]; then echo "${hostport##*:}"; else echo 6379; fi
}

redis_install() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return 0
  ff_log "installing redis-server from Debian (first run only)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq redis-server >&2 || return 1
  # Debian may start and enable its own redis service on 6379: stop it, we run our own.
  if command -v systemctl >/dev/null && systemctl is-active --quiet redis-server 2>/dev/null; then
    systemctl disable --now redis-server >&2 || true
  elif [ -x /etc/init.d/redis-server ]; then
    /etc/init.d/redis-server stop >/dev/null 2>&1 || true
    update-rc.d redis-server disable >/dev/null 2>&1 || true
  fi
}

redis_start() {
  local dir; dir=$(ff_datadir redis)
  # No persistence (no RDB snapshots, no AOF): Redis only holds caches and short-lived
  # keys here, so a restart starting empty is what dev and CI want, and nothing hits the disk.
  ff_spawn redis redis-server --bind 127.0.0.1 --port "$(redis_port)" --dir "$dir" \
    --daemonize no --protected-mode yes --appendonly no --save ''
}

redis_ready() {
  [ "$(redis-cli -h 127.0.0.1 -p "$(redis_port)" ping 2>/dev/null)" = PONG ]
}

redis_version() {
  local v; v=$(redis-server --version) || return 1
  v=${v#*v=}; echo "redis ${v%% *}"
}
