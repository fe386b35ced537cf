#!/usr/bin/env bash
# Offline deployment tools, built or installed once into ${FREEFACE_CACHE_DIR:-~/.cache/freeface}/k8s-tools.
#   scripts/k8s-tools.sh install     build kustomize and helm from the Go module proxy, kubernetes-validate into a venv
#   scripts/k8s-tools.sh status      print what is installed (exit 1 when something is missing)
#   scripts/k8s-tools.sh env         print `export` lines that put the tools on PATH
# Idempotent: a tool already at its pinned version is left alone. test/deploy/*.test.ts finds the
# tools in the same folder; nothing here needs a cluster or the network after install.
set -euo pipefail

KUSTOMIZE_VERSION=v5.8.1           # v5.8.2+ needs Go 1.27; this machine has 1.26
HELM_VERSION=v3.22.0
HELM_K8S_MINOR=37                  # the Kubernetes release of helm's client-go (v0.37): helm's default kube version
KUBERNETES_VALIDATE_VERSION=1.37.0 # bundles the OpenAPI schemas of each Kubernetes release

FF_CACHE="${FREEFACE_CACHE_DIR:-$HOME/.cache/freeface}"
TOOLS="$FF_CACHE/k8s-tools"
BIN="$TOOLS/bin"
VENV="$TOOLS/venv"

log() { printf '[k8s-tools] %s\n' "$*" >&2; }

kustomize_ok() { [ -x "$BIN/kustomize" ] && "$BIN/kustomize" version 2>/dev/null | grep -q "${KUSTOMIZE_VERSION}"; }
HELM_BUILD="$HELM_VERSION kubernetes 1.$HELM_K8S_MINOR"
helm_ok() { [ -x "$BIN/helm" ] && [ "$(cat "$BIN/helm.build" 2>/dev/null)" = "$HELM_BUILD" ]; }
validate_ok() {
  [ -x "$VENV/bin/kubernetes-validate" ] &&
    [ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("kubernetes-validate"))' 2>/dev/null)" = "$KUBERNETES_VALIDATE_VERSION" ]
}

# go install with the machine's own toolchain; the binary lands in $BIN
go_build() {
  local module=$1 version=$2 ldflags=${3:-} t0=$SECONDS
  command -v go >/dev/null || { log "go is not installed: cannot build $module"; return 1; }
  log "building $module@$version (a few minutes on 2 cores)"
  GOTOOLCHAIN=local GOBIN="$BIN" CGO_ENABLED=0 go install -ldflags "-s -w $ldflags" "$module@$version"
  log "built $module@$version in $((SECONDS - t0))s"
}

install_kustomize() {
  if kustomize_ok; then log "kustomize $KUSTOMIZE_VERSION already installed"; return 0; fi
  go_build sigs.k8s.io/kustomize/kustomize/v5 "$KUSTOMIZE_VERSION"
}

install_helm() {
  if helm_ok; then log "helm $HELM_VERSION already installed"; return 0; fi
  # helm's version and its default Kubernetes version are stamped at link time, as its own Makefile does
  local k8s="-X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=$HELM_K8S_MINOR"
  k8s="$k8s -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=$HELM_K8S_MINOR"
  go_build helm.sh/helm/v3/cmd/helm "$HELM_VERSION" "-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION $k8s"
  echo "$HELM_BUILD" >"$BIN/helm.build"
}

install_validate() {
  if validate_ok; then log "kubernetes-validate $KUBERNETES_VALIDATE_VERSION already installed"; return 0; fi
  log "installing kubernetes-validate $KUBERNETES_VALIDATE_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION"
  ln -sf "$VENV/bin/kubernetes-validate" "$BIN/kubernetes-validate"
}

status() {
  local missing=0
  if kustomize_ok; then echo "kustomize           $("$BIN/kustomize" version)"; else echo "kustomize           missing"; missing=1; fi
  if helm_ok; then echo "helm                $("$BIN/helm" version --template '{{.Version}}')"; else echo "helm                missing"; missing=1; fi
  if validate_ok; then echo "kubernetes-validate $KUBERNETES_VALIDATE_VERSION"; else echo "kubernetes-validate missing"; missing=1; fi
  return $missing
}

mkdir -p "$BIN"
case "${1:-install}" in
  install)
    # the two Go builds share the module cache, so they run one after the other
    install_validate
    install_kustomize
    install_helm
    status ;;
  status) status ;;
  env) echo "export PATH=\"$BIN:\$PATH\"" ;;
  *) log "usage: $0 install|status|env"; exit 2 ;;
esac
