#!/usr/bin/env bash
# Prints the bin folder of a Node.js the project supports (22 or 24; package.json "engines"): the one on
# PATH when it is one, otherwise Node 22 from the npm registry's `node` package (Linux binaries), installed
# once into ${FREEFACE_CACHE_DIR:-~/.cache/freeface}/node/22. Needs only npm and the registry.
#   export PATH="$(bash scripts/node.sh):$PATH"
set -euo pipefail
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" = 22 ] || [ "$major" = 24 ]; then
  dirname "$(command -v node)"
  exit 0
fi
want=22
prefix="${FREEFACE_CACHE_DIR:-$HOME/.cache/freeface}/node/$want"
bin="$prefix/node_modules/node/bin"
if ! "$bin/node" --version >/dev/null 2>&1; then
  echo "node.sh: Node $major is not supported here; fetching Node $want from the npm registry into $prefix" >&2
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "node@$want" >&2
fi
echo "node.sh: using Node $("$bin/node" --version) from $bin" >&2
echo "$bin"
