#!/usr/bin/env bash
# FreeFace on a local Kubernetes (minikube), from nothing to a working API:
#   ./dev-k8s.sh            development: minikube, backends, migrations, then `skaffold dev` (hot reload,
#                           port-forwards API :8080, extractor :50051, Grafana :3000, Jaeger :16686)
#   ./dev-k8s.sh --prod     the production overlay and images instead (namespace freeface), no dev loop
# Needs docker, minikube, kubectl, skaffold, curl, jq and openssl on the PATH. Images are built into minikube's own Docker
# (no registry). Safe to run again: every step is idempotent.
set -euo pipefail
cd "$(dirname "$0")"

PROFILE=dev
case "${1:-}" in
  --prod) PROFILE=prod ;;
  "" | --dev) ;;
  *) echo "usage: $0 [--prod]" >&2; exit 2 ;;
esac
if [ "$PROFILE" = dev ]; then NS=freeface-dev SKAFFOLD=skaffold-dev.yaml; else NS=freeface SKAFFOLD=skaffold.yaml; fi
OVERLAY=kubernetes/overlays/$PROFILE
KEDA_VERSION=2.17.2
log() { printf '\n[dev-k8s] %s\n' "$*"; }

for tool in docker minikube kubectl skaffold curl jq openssl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (README: Deployment)" >&2; exit 1; }
done

log "minikube (4 CPUs, 12 GiB; metrics-server for the autoscalers)"
if ! minikube status >/dev/null 2>&1; then
  minikube start --cpus=4 --memory=12g --disk-size=40g
fi
minikube addons enable metrics-server >/dev/null
if [ "$PROFILE" = prod ]; then
  minikube addons enable ingress >/dev/null
  if ! kubectl get crd scaledobjects.keda.sh >/dev/null 2>&1; then
    log "KEDA $KEDA_VERSION (the Kafka consumers scale on consumer lag in prod)"
    kubectl apply --server-side -f "https://github.com/kedacore/keda/releases/download/v$KEDA_VERSION/keda-$KEDA_VERSION.yaml"
    kubectl -n keda rollout status deployment/keda-operator --timeout=5m
  fi
fi
# build straight into minikube's Docker, where the pods find the images
eval "$(minikube docker-env)"

log "namespace $NS and its secrets"
kubectl create namespace "$NS" --dry-run=client -o yaml | kubectl apply -f -
if [ "$PROFILE" = dev ]; then
  kubectl -n "$NS" create secret generic freeface-secrets --from-env-file="$OVERLAY/secrets.env" \
    --dry-run=client -o yaml | kubectl apply -f -
elif ! kubectl -n "$NS" get secret freeface-secrets >/dev/null 2>&1; then
  admin_password=$(openssl rand -hex 12)
  kubectl -n "$NS" create secret generic freeface-secrets \
    --from-literal=FREEFACE_JWT_SECRET="$(openssl rand -hex 32)" \
    --from-literal=FREEFACE_SERVICE_TOKEN="$(openssl rand -hex 32)" \
    --from-literal=FREEFACE_S3_ACCESS_KEY=freeface \
    --from-literal=FREEFACE_S3_SECRET_KEY="$(openssl rand -hex 24)" \
    --from-literal=FREEFACE_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
    --from-literal=FREEFACE_ADMIN_USER=admin \
    --from-literal=FREEFACE_ADMIN_PASSWORD="$admin_password"
  kubectl -n "$NS" create secret generic grafana-admin --from-literal=password="$(openssl rand -hex 12)"
  echo "first admin: admin / $admin_password (kept in the Secret freeface-secrets)"
fi

log "backends: ScyllaDB, Milvus, Kafka, MinIO, DragonflyDB"
kubectl kustomize "$OVERLAY" | kubectl apply -f - --selector app.kubernetes.io/component=backend
for workload in statefulset/scylla statefulset/milvus statefulset/kafka statefulset/minio deployment/dragonfly; do
  kubectl -n "$NS" rollout status "$workload" --timeout=15m
done

log "images ($SKAFFOLD)"
artifacts=$(mktemp)
trap 'rm -f "$artifacts"' EXIT
skaffold build -f "$SKAFFOLD" --file-output="$artifacts"

log "services, monitoring and the migrate Job"
skaffold deploy -f "$SKAFFOLD" --build-artifacts="$artifacts"
kubectl -n "$NS" wait --for=condition=complete job/migrate --timeout=15m
kubectl -n "$NS" logs job/migrate --tail=5
for service in api-server extractor async-enroll face-cluster; do
  kubectl -n "$NS" rollout status "deployment/$service" --timeout=15m
done

log "a viewer API key for Prometheus (Secret freeface-prometheus)"
if ! kubectl -n "$NS" get secret freeface-prometheus >/dev/null 2>&1; then
  kubectl -n "$NS" port-forward svc/api-server 18080:8080 >/dev/null 2>&1 &
  forward=$!
  trap 'kill "$forward" 2>/dev/null; rm -f "$artifacts"' EXIT
  api=http://127.0.0.1:18080/api/v1
  for _ in $(seq 30); do curl -sf "$api/health/ready" >/dev/null && break; sleep 1; done
  secret() { kubectl -n "$NS" get secret freeface-secrets -o "jsonpath={.data.$1}" | base64 -d; }
  login=$(printf '{"username":"%s","password":"%s"}' "$(secret FREEFACE_ADMIN_USER)" "$(secret FREEFACE_ADMIN_PASSWORD)")
  token=$(curl -sf -X POST "$api/auth/login" -H 'content-type: application/json' -d "$login" | jq -r .data.access_token)
  key=$(curl -sf -X POST "$api/api-keys" -H "authorization: Bearer $token" -H 'content-type: application/json' \
    -d '{"name":"prometheus","role":"viewer"}' | jq -r .data.key)
  kubectl -n "$NS" create secret generic freeface-prometheus --from-literal=api-key="$key"
  kill "$forward" 2>/dev/null || true
fi

if [ "$PROFILE" = prod ]; then
  log "running. kubectl -n $NS port-forward svc/api-server 8080:8080, then http://localhost:8080/api/v1/health/ready"
  exit 0
fi
log "dev loop: edits under packages/ reload in the pods; Ctrl-C stops it (the cluster stays)"
exec skaffold dev -f "$SKAFFOLD" --port-forward --cleanup=false
