// Renders the deployment manifests offline: every kustomize overlay and the Helm chart in a few value sets,
// with the tools scripts/k8s-tools.sh installs, and validates them against bundled Kubernetes schemas.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { PROJECT_ROOT } from '@freeface/testing';
import { parseAllDocuments } from 'yaml';

/** The Kubernetes release the chart renders for and the schemas validate against (minikube's default line). */
export const KUBERNETES_VERSION = '1.33.0';
/** Kinds that are not Kubernetes' own (no bundled schema): KEDA's and the VPA's, checked by the tests themselves. */
export const CUSTOM_KINDS = new Set(['ScaledObject', 'VerticalPodAutoscaler']);

export const K8S_DIR = join(PROJECT_ROOT, 'kubernetes');
export const CHART_DIR = join(K8S_DIR, 'helm/freeface');

const config = loadConfig();
const BIN = join(config.dev.cacheDir ?? join(homedir(), '.cache/freeface'), 'k8s-tools', 'bin');
const TOOLS = {
  kustomize: join(BIN, 'kustomize'),
  helm: join(BIN, 'helm'),
  'kubernetes-validate': join(BIN, 'kubernetes-validate'),
};

/**
 * True when the tools are installed. Otherwise the suite skips with the command that installs them, or, with
 * FREEFACE_REQUIRE_BACKENDS=1 (CI), this throws so the run fails.
 */
export function deployToolsInstalled(): boolean {
  const missing = Object.entries(TOOLS)
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);
  if (missing.length === 0) return true;
  const message = `${missing.join(', ')} not installed in ${BIN}: run \`npm run k8s:tools\` (bash scripts/k8s-tools.sh install)`;
  if (config.dev.requireBackends) throw new Error(`${message} (FREEFACE_REQUIRE_BACKENDS is set, so this fails)`);
  console.warn(`skipping the deployment checks: ${message}`);
  return false;
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: manifests are free-form; the tests read the fields they check
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

export interface Rendering {
  /** e.g. "overlay prod" or "chart gpu, KEDA, ingress" */
  readonly name: string;
  /** production-like: released image tags, api-server scaled 2 to 20 */
  readonly production: boolean;
  readonly yaml: string;
  readonly objects: K8sObject[];
}

const run = (tool: string, args: string[]) =>
  execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

const parse = (yaml: string): K8sObject[] =>
  parseAllDocuments(yaml)
    .map((doc) => doc.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);

export const overlayNames = (): string[] => readdirSync(join(K8S_DIR, 'overlays')).sort();

export function renderOverlay(overlay: string): Rendering {
  const yaml = run(TOOLS.kustomize, ['build', join(K8S_DIR, 'overlays', overlay)]);
  return { name: `overlay ${overlay}`, production: overlay !== 'dev', yaml, objects: parse(yaml) };
}

const JWT = 'chart-test-jwt-secret-0123456789abcdef';
const SERVICE_TOKEN = 'chart-test-service-token-0123456789abcdef';
const flags = (flag: '--set' | '--set-string', values: string[]) => values.flatMap((v) => [flag, v]);
/** Value sets of the chart: its defaults, everything switched on, and external backends without monitoring. */
export const CHART_VARIANTS: Record<string, string[]> = {
  defaults: [],
  'gpu, KEDA, ingress, secret, registry, logging, ops UIs, VPA': [
    ...flags('--set', [
      'gpu.enabled=true',
      'kafkaLag.enabled=true',
      'ingress.enabled=true',
      'secrets.create=true',
      'logging.enabled=true',
      'opsUis.enabled=true',
      'vpa.enabled=true',
    ]),
    ...flags('--set-string', [
      'ingress.host=api.example.com',
      'image.registry=registry.example.com/team',
      'image.tag=1.2.3',
    ]),
    ...flags(
      '--set-string',
      [
        `FREEFACE_JWT_SECRET=${JWT}`,
        `FREEFACE_SERVICE_TOKEN=${SERVICE_TOKEN}`,
        'FREEFACE_S3_ACCESS_KEY=ak',
        'FREEFACE_S3_SECRET_KEY=sk',
        `FREEFACE_ENCRYPTION_KEY=${Buffer.alloc(32, 7).toString('base64')}`,
      ].map((v) => `secrets.values.${v}`),
    ),
  ],
  'external backends, no monitoring, no network policies': [
    ...flags('--set', ['backends.bundled=false', 'monitoring.enabled=false', 'networkPolicies.enabled=false']),
    ...flags(
      '--set-string',
      [
        'FREEFACE_SCYLLA_HOSTS=scylla-a.db.internal\\,scylla-b.db.internal',
        'FREEFACE_MILVUS_ADDRESS=milvus.db.internal:19530',
        'FREEFACE_KAFKA_BROKERS=kafka-0.events.internal:9092',
        'FREEFACE_S3_ENDPOINT=https://s3.eu-west-1.amazonaws.com',
        'FREEFACE_REDIS_URL=redis://cache.internal:6379',
        'FREEFACE_SCYLLA_REPLICATION=NetworkTopologyStrategy:dc1=3',
        'FREEFACE_KAFKA_REPLICATION_FACTOR=3',
      ].map((v) => `settings.${v}`),
    ),
  ],
};

export function renderChart(variant: string): Rendering {
  const args = CHART_VARIANTS[variant];
  if (!args) throw new Error(`no chart variant ${variant}`);
  const yaml = run(TOOLS.helm, [
    'template',
    'freeface',
    CHART_DIR,
    '--namespace',
    'freeface',
    '--kube-version',
    KUBERNETES_VERSION,
    ...args,
  ]);
  return { name: `chart ${variant}`, production: true, yaml, objects: parse(yaml) };
}

/** `helm lint --strict`: its output, and whether it passed. */
export function lintChart(): { ok: boolean; output: string } {
  try {
    return { ok: true, output: run(TOOLS.helm, ['lint', '--strict', CHART_DIR, '--kube-version', KUBERNETES_VERSION]) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Strict schema validation of every object; kinds without a bundled schema are returned, not failed. */
export function validate(rendering: Rendering): { errors: string[]; unknownKinds: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ff-k8s-'));
  const file = join(dir, 'rendered.yaml');
  writeFileSync(file, rendering.yaml);
  let output: string;
  try {
    output = run(TOOLS['kubernetes-validate'], ['--strict', '-k', KUBERNETES_VERSION, '--quiet', file]);
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const lines = output.split('\n');
  return {
    errors: lines.filter((l) => l.startsWith('ERROR')),
    unknownKinds: lines.flatMap((l) => /Couldn't find schema for kind (\w+)/.exec(l)?.[1] ?? []),
  };
}
