// Reading rendered manifests: pod templates, containers, and the environment a container starts with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { K8S_DIR, type K8sObject } from './k8s-render.js';

export const FREEFACE_SERVICES = ['api-server', 'extractor', 'async-enroll', 'face-cluster'] as const;
export const KAFKA_CONSUMERS = ['async-enroll', 'face-cluster'];

export interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  ports?: Array<{ name?: string; containerPort: number }>;
  resources?: { requests?: Record<string, string | number>; limits?: Record<string, string | number> };
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
}
interface Probe {
  httpGet?: { path: string; port: string | number };
}

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'Job', 'DaemonSet']);

export const workloads = (objects: K8sObject[]) => objects.filter((o) => WORKLOADS.has(o.kind));

export const podSpec = (workload: K8sObject) => workload.spec.template.spec;

export const containersOf = (workload: K8sObject): Container[] => [
  ...(podSpec(workload).initContainers ?? []),
  ...podSpec(workload).containers,
];

/** FreeFace's own workloads: the ones that read the settings ConfigMap. */
export const freefaceWorkloads = (objects: K8sObject[]) =>
  workloads(objects).filter((w) =>
    containersOf(w).some((c) => c.envFrom?.some((e) => e.configMapRef?.name.startsWith('freeface-settings'))),
  );

export const find = (objects: K8sObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name);

export const componentOf = (o: K8sObject) => o.metadata.labels?.['app.kubernetes.io/component'];

const decode = (secret: K8sObject): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()])),
  ...(secret.stringData ?? {}),
});

/** kubernetes/overlays/dev/secrets.env: the keys (and development values) of the Secret freeface-secrets. */
export function devSecrets(): Record<string, string> {
  const text = readFileSync(join(K8S_DIR, 'overlays/dev/secrets.env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

/**
 * The environment a container starts with: envFrom ConfigMaps and Secrets, then env. A Secret that is not
 * rendered (production: made by the operator, README "Deployment") is taken to hold the keys of the dev one.
 */
export function environmentOf(container: Container, objects: K8sObject[]): Record<string, string> {
  const env: Record<string, string> = {};
  const secret = (name: string) => {
    const rendered = find(objects, 'Secret', name);
    return rendered ? decode(rendered) : name === 'freeface-secrets' ? devSecrets() : {};
  };
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) Object.assign(env, find(objects, 'ConfigMap', source.configMapRef.name)?.data ?? {});
    if (source.secretRef) Object.assign(env, secret(source.secretRef.name));
  }
  for (const variable of container.env ?? []) {
    const ref = variable.valueFrom?.secretKeyRef;
    const value = ref ? secret(ref.name)[ref.key] : variable.value;
    if (value !== undefined) env[variable.name] = value;
  }
  return env;
}

/** Names of the variables a manifest sets on a container, whatever their source. */
export function variableNames(container: Container, objects: K8sObject[]): string[] {
  const fromEnv = (container.env ?? []).map((v) => v.name);
  const fromSources = (container.envFrom ?? []).flatMap((source) => {
    const ref = source.configMapRef ?? source.secretRef;
    const kind = source.configMapRef ? 'ConfigMap' : 'Secret';
    const object = ref ? find(objects, kind, ref.name) : undefined;
    return Object.keys({ ...(object?.data ?? {}), ...(object?.stringData ?? {}) });
  });
  return [...fromEnv, ...fromSources];
}

export const portNumber = (container: Container, port: string | number) =>
  typeof port === 'number' ? port : container.ports?.find((p) => p.name === port)?.containerPort;

export const matches = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);
