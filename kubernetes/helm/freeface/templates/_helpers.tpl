{{/* Labels of a FreeFace resource: (dict "component" NAME "root" $) */}}
{{- define "freeface.labels" -}}
{{ include "freeface.selector" . }}
app.kubernetes.io/part-of: freeface
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end }}

{{/* The labels that select the pods of a component; the same as the kustomize manifests and prometheus.yml use */}}
{{- define "freeface.selector" -}}
app.kubernetes.io/name: freeface
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* An image of the project: (dict "name" "api-server" "root" $) -> [registry/]freeface/api-server:tag */}}
{{- define "freeface.image" -}}
{{- $repository := printf "freeface/%s" .name -}}
{{- with .root.Values.image.registry }}{{ $repository = printf "%s/%s" (trimSuffix "/" .) $repository }}{{ end -}}
{{- printf "%s:%s" $repository (.root.Values.image.tag | default .root.Chart.AppVersion) -}}
{{- end }}

{{/*
The settings of every service, as YAML: kubernetes/base/settings.env (files/settings.env), then .Values.settings
over it. Without the bundled backends their addresses must be given; without monitoring no OTLP endpoint is assumed.
*/}}
{{- define "freeface.settings" -}}
{{- $settings := dict -}}
{{- range .Files.Lines "files/settings.env" -}}
{{- if and (trim .) (not (hasPrefix "#" .)) -}}
{{- $pair := splitn "=" 2 . -}}
{{- $_ := set $settings $pair._0 $pair._1 -}}
{{- end -}}
{{- end -}}
{{- if not .Values.monitoring.enabled -}}
{{- $_ := unset $settings "FREEFACE_OTLP_ENDPOINT" -}}
{{- end -}}
{{- if not .Values.backends.bundled -}}
{{- range list "FREEFACE_SCYLLA_HOSTS" "FREEFACE_MILVUS_ADDRESS" "FREEFACE_KAFKA_BROKERS" "FREEFACE_S3_ENDPOINT" "FREEFACE_REDIS_URL" -}}
{{- $_ := required (printf "backends.bundled is false: set settings.%s to your own backend" .) (index $.Values.settings .) -}}
{{- end -}}
{{- end -}}
{{- range $name, $value := .Values.settings -}}
{{- $_ := set $settings $name (toString $value) -}}
{{- end -}}
{{- toYaml $settings -}}
{{- end }}

{{/* What every FreeFace container has: settings, secrets, a non-root read-only root filesystem */}}
{{- define "freeface.containerDefaults" -}}
envFrom:
  - configMapRef: { name: freeface-settings }
  - secretRef: { name: freeface-secrets }
securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities: { drop: [ALL] }
{{- end }}

{{/*
What every FreeFace pod has. No service links: they would put variables such as FREEFACE_..._PORT=tcp://...
into the environment, and the settings loader refuses unknown FREEFACE_ variables.
*/}}
{{- define "freeface.podDefaults" -}}
enableServiceLinks: false
automountServiceAccountToken: false
securityContext:
  runAsNonRoot: true
  runAsUser: 1000
  runAsGroup: 1000
  fsGroup: 1000
  seccompProfile: { type: RuntimeDefault }
{{- with .Values.image.pullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
