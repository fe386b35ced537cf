# Shared helpers for scripts/backends.sh and the per-backend files beside this one.
# Sourced, never run. Each backend file <name>.sh defines:
#   <name>_install   fetch/build into $FF_CACHE once; quick no-op when cached
#   <name>_start     start it in the background with ff_spawn
#   <name>_ready     exit 0 when it answers its own protocol on 127.0.0.1
#   <name>_version   print its version
# Settings come from the environment as resolved by packages/config (FREEFACE_*).

FF_STATE="${FF_ROOT}/.backends"          # data, logs and pids; git-ignored
FF_CACHE="${FREEFACE_CACHE_DIR:-$HOME/.cache/freeface}"
mkdir -p "$FF_STATE/data" "$FF_STATE/logs" "$FF_STATE/run" "$FF_CACHE"

ff_log() { printf '[backends] %s\n' "$*" >&2; }

ff_pidfile() { echo "$FF_STATE/run/$1.pid"; }
ff_logfile() { echo "$FF_STATE/logs/$1.log"; }
ff_datadir() { mkdir -p "$FF_STATE/data/$1"; echo "$FF_STATE/data/$1"; }

# ff_running NAME: the process we started is alive
ff_running() {
  local pf; pf=$(ff_pidfile "$1")
  [ -f "$pf" ] && kill -0 "$(cat "$pf")" 2>/dev/null
}

# ff_spawn NAME CMD...: start CMD in its own session (so stop can kill the whole group)
ff_spawn() {
  local name=$1; shift
  # two servers on one data dir corrupt it: never start a second one
  if ff_running "$name"; then ff_log "$name is already running (pid $(cat "$(ff_pidfile "$name")"))"; return 0; fi
  setsid "$@" >>"$(ff_logfile "$name")" 2>&1 </dev/null &
  echo $! >"$(ff_pidfile "$name")"
}

# ff_port_open PORT: something listens on 127.0.0.1:PORT
ff_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ff_wait NAME SECONDS: poll NAME_ready until it passes, the process dies, or time runs out
ff_wait() {
  local name=$1 limit=$2 start=$SECONDS
  while (( SECONDS - start < limit )); do
    if "${name}_ready" >/dev/null 2>&1; then return 0; fi
    if ! ff_running "$name"; then
      ff_log "$name exited during start; last lines of $(ff_logfile "$name"):"
      tail -n 30 "$(ff_logfile "$name")" >&2
      return 1
    fi
    sleep 1
  done
  ff_log "$name not ready after ${limit}s; last lines of $(ff_logfile "$name"):"
  tail -n 30 "$(ff_logfile "$name")" >&2
  return 1
}

# ff_stop NAME: terminate the process group, escalate after 30 s
ff_stop() {
  local name=$1 pf pid i
  pf=$(ff_pidfile "$name")
  [ -f "$pf" ] || return 0
  pid=$(cat "$pf")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pf"
}

# ff_maven_classpath NAME GROUP:ARTIFACT:VERSION...: resolve artifacts and their runtime dependencies
# from Maven Central into a folder of $FF_CACHE/NAME named after the artifact list (once), print the classpath.
ff_maven_classpath() {
  local name=$1; shift
  local dir="$FF_CACHE/$name" lib stamp deps="" gav g a v
  lib="lib-$(echo "$*" | sha256sum | cut -c1-12)"
  stamp="$dir/$lib.complete"
  if [ ! -f "$stamp" ]; then
    mkdir -p "$dir"
    for gav in "$@"; do
      IFS=: read -r g a v <<<"$gav"
      deps+="<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
    done
    cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>freeface.backends</groupId><artifactId>$name</artifactId><version>1</version>
  <dependencies>$deps</dependencies>
</project>
POM
    ff_log "resolving $* from Maven Central (first run only)"
    (cd "$dir" && mvn -q -B -Dstyle.color=never dependency:copy-dependencies \
      -DincludeScope=runtime "-DoutputDirectory=$lib") >&2 || return 1
    touch "$stamp"
  fi
  echo "$dir/$lib/*"
}
