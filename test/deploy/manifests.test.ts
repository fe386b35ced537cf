// Every kustomize overlay and the Helm chart, rendered and validated offline: schemas, settings against the
// one settings schema, probes, resources, autoscaling, disruption budgets, migrations, images, GPU.

import { faceClusterGroup } from '@freeface/clustering';
import { allSettings, loadConfig } from '@freeface/config';
import { consumerGroups } from '@freeface/enrollment';
import { ROLE_NAMES, ROLES, type RoleName } from '@freeface/runtime';
import { describe, expect, it } from 'vitest';
import {
  CHART_VARIANTS,
  CUSTOM_KINDS,
  deployToolsInstalled,
  type K8sObject,
  lintChart,
  overlayNames,
  type Rendering,
  renderChart,
  renderOverlay,
  validate,
} from './k8s-render.js';
import {
  componentOf,
  containersOf,
  environmentOf,
  FREEFACE_SERVICES,
  find,
  freefaceWorkloads,
  KAFKA_CONSUMERS,
  matches,
  podSpec,
  portNumber,
  variableNames,
  workloads,
} from './workloads.js';

const installed = deployToolsInstalled();
const KNOWN = new Set<string>(allSettings().map((s) => s.env));
const SECRET = new Set<string>(
  allSettings()
    .filter((s) => s.secret)
    .map((s) => s.env),
);
/** Settings whose default is this machine (127.0.0.1): in a cluster each must be set to a real address. */
const CLUSTER_REQUIRED = allSettings()
  .filter((s) => JSON.stringify(s.schema.safeParse(undefined).data ?? '').includes('127.0.0.1'))
  .map((s) => s.env);

const RENDERINGS = [
  ...(installed ? overlayNames() : []).map((o) => ({ name: `overlay ${o}`, render: () => renderOverlay(o) })),
  ...Object.keys(CHART_VARIANTS).map((v) => ({ name: `chart ${v}`, render: () => renderChart(v) })),
];
const cache = new Map<string, Rendering>();
const rendered = (name: string) => {
  const entry = RENDERINGS.find((r) => r.name === name);
  if (!entry) throw new Error(`no rendering ${name}`);
  if (!cache.has(name)) cache.set(name, entry.render());
  return cache.get(name) as Rendering;
};

const deployment = (objects: K8sObject[], name: string) => {
  const found = find(objects, 'Deployment', name);
  expect(found, `Deployment ${name}`).toBeDefined();
  return found as K8sObject;
};
const mainContainer = (workload: K8sObject) => podSpec(workload).containers[0];
/** The roles of `freeface start --roles a,b` in a container's args. */
const rolesOf = (container: { args?: string[] | undefined }): RoleName[] => {
  const args = container.args ?? [];
  const listed = args[args.indexOf('--roles') + 1] ?? '';
  return listed.split(',').filter((r): r is RoleName => (ROLE_NAMES as readonly string[]).includes(r));
};

const configOf = (objects: K8sObject[], service: string) =>
  loadConfig(environmentOf(mainContainer(deployment(objects, service)), objects));

describe.skipIf(!installed)('deployment manifests', () => {
  it('finds the dev and prod overlays and a GPU one', () => {
    expect(overlayNames()).toEqual(expect.arrayContaining(['dev', 'prod', 'prod-gpu']));
  });

  it('passes helm lint --strict', () => {
    const { ok, output } = lintChart();
    expect(ok, output).toBe(true);
  });

  describe.each(RENDERINGS.map((r) => r.name))('%s', (name) => {
    it('renders objects that validate against the Kubernetes schemas', () => {
      const { objects } = rendered(name);
      expect(objects.length).toBeGreaterThan(10);
      const { errors, unknownKinds } = validate(rendered(name));
      expect(errors).toEqual([]);
      expect(unknownKinds.filter((k) => !CUSTOM_KINDS.has(k))).toEqual([]);
    });

    it('sets only settings of the schema, valid together, with each one a cluster needs', () => {
      const { objects } = rendered(name);
      const workloadsReadingSettings = freefaceWorkloads(objects);
      expect(workloadsReadingSettings.map((w) => w.metadata.name)).toEqual(
        expect.arrayContaining([...FREEFACE_SERVICES]),
      );
      for (const workload of workloadsReadingSettings) {
        for (const container of containersOf(workload)) {
          const where = `${workload.kind} ${workload.metadata.name}, container ${container.name}`;
          const unknown = variableNames(container, objects).filter((n) => n.startsWith('FREEFACE_') && !KNOWN.has(n));
          expect(unknown, `${where}: not in packages/config/src/settings.ts`).toEqual([]);
          const env = environmentOf(container, objects);
          expect(() => loadConfig(env), where).not.toThrow();
          expect(env.FREEFACE_PROFILE, where).toBe('cluster');
          expect(
            CLUSTER_REQUIRED.filter((n) => !env[n]),
            `${where}: still pointing at 127.0.0.1`,
          ).toEqual([]);
        }
      }
    });

    it('gives the services that store or read images the master key of encryption at rest from the Secret', () => {
      const { objects } = rendered(name);
      for (const service of ['api-server', 'async-enroll']) {
        const container = mainContainer(deployment(objects, service));
        expect(
          (container.envFrom ?? []).some(
            (source: { secretRef?: { name: string } }) => source.secretRef?.name === 'freeface-secrets',
          ),
          service,
        ).toBe(true);
        expect(configOf(objects, service).encryption.key, service).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      }
    });

    it('keeps the secret settings out of ConfigMaps and literal values', () => {
      const { objects } = rendered(name);
      for (const map of objects.filter((o) => o.kind === 'ConfigMap')) {
        expect(
          Object.keys(map.data ?? {}).filter((k) => SECRET.has(k)),
          `ConfigMap ${map.metadata.name}`,
        ).toEqual([]);
      }
      for (const container of workloads(objects).flatMap(containersOf)) {
        const literal = (container.env ?? []).filter((v) => SECRET.has(v.name) && v.value !== undefined);
        expect(literal, container.name).toEqual([]);
      }
    });

    it('turns service links off in every pod that reads the settings', () => {
      // a Service named like freeface-x would add FREEFACE_X_PORT=tcp://..., which the settings loader refuses
      for (const workload of freefaceWorkloads(rendered(name).objects)) {
        expect(podSpec(workload).enableServiceLinks, workload.metadata.name).toBe(false);
      }
    });

    it('probes each service on its health endpoints, on the port its settings give it', () => {
      const { objects } = rendered(name);
      for (const service of FREEFACE_SERVICES) {
        const container = mainContainer(deployment(objects, service));
        const config = configOf(objects, service);
        const [live, ready, port] =
          service === 'api-server'
            ? ['/api/v1/health/live', '/api/v1/health/ready', config.api.port]
            : ['/health/live', '/health/ready', config.api.adminPort];
        for (const [probe, path] of [
          [container.livenessProbe, live],
          [container.readinessProbe, ready],
          [container.startupProbe, live],
        ] as const) {
          expect(probe?.httpGet?.path, service).toBe(path);
          expect(portNumber(container, probe?.httpGet?.port ?? ''), service).toBe(port);
        }
        const annotations = deployment(objects, service).spec.template.metadata.annotations ?? {};
        expect(Number(annotations['prometheus.io/port']), `${service}: scraped port`).toBe(port);
      }
    });

    it('gives each service that loads models a writable models folder', () => {
      // docker/entrypoint.sh prepares the models of a service that depends on @freeface/vision into
      // FREEFACE_MODELS_DIR, under a read-only root filesystem
      const { objects } = rendered(name);
      for (const service of FREEFACE_SERVICES) {
        const container = mainContainer(deployment(objects, service));
        const config = configOf(objects, service);
        if (!rolesOf(container).some((role) => ROLES[role].needs(config).includes('vision'))) continue;
        const mounts = (container as { volumeMounts?: Array<{ mountPath: string }> }).volumeMounts ?? [];
        expect(
          mounts.map((m) => m.mountPath),
          service,
        ).toContain(configOf(objects, service).models.dir);
      }
    });

    it('starts in each service the role of that name (freeface start --roles)', () => {
      const { objects } = rendered(name);
      for (const service of FREEFACE_SERVICES) {
        const container = mainContainer(deployment(objects, service));
        expect(container.args?.slice(0, 2), service).toEqual(['start', '--roles']);
        expect(
          rolesOf(container).map((role) => ROLES[role].service),
          service,
        ).toEqual([service]);
      }
    });

    it('gives every container resource requests and limits', () => {
      for (const workload of workloads(rendered(name).objects)) {
        for (const container of containersOf(workload)) {
          const where = `${workload.metadata.name}/${container.name}`;
          expect(Object.keys(container.resources?.requests ?? {}), where).toEqual(
            expect.arrayContaining(['cpu', 'memory']),
          );
          expect(Object.keys(container.resources?.limits ?? {}), where).toEqual(
            expect.arrayContaining(['cpu', 'memory']),
          );
        }
      }
    });

    it('autoscales every service and gives it a disruption budget', () => {
      const { objects, production } = rendered(name);
      for (const service of FREEFACE_SERVICES) {
        const pods = deployment(objects, service).spec.template.metadata.labels;
        const hpa = find(objects, 'HorizontalPodAutoscaler', service);
        const scaled = find(objects, 'ScaledObject', service);
        expect(Boolean(hpa) !== Boolean(scaled), `${service}: one HorizontalPodAutoscaler or one ScaledObject`).toBe(
          true,
        );
        const target = hpa?.spec.scaleTargetRef.name ?? scaled?.spec.scaleTargetRef.name;
        expect(target).toBe(service);
        const max = hpa?.spec.maxReplicas ?? scaled?.spec.maxReplicaCount;
        const config = configOf(objects, service);
        if (KAFKA_CONSUMERS.includes(service)) {
          expect(max, `${service}: more consumers than partitions sit idle`).toBeLessThanOrEqual(
            config.kafka.partitions,
          );
        }
        for (const trigger of scaled?.spec.triggers ?? []) {
          if (trigger.type !== 'kafka') continue;
          expect(trigger.metadata.bootstrapServers).toBe(config.kafka.brokers.join(','));
          // the group the service joins
          const group = service === 'async-enroll' ? consumerGroups(config).workers : faceClusterGroup(config);
          expect(trigger.metadata.consumerGroup, service).toBe(group);
        }
        const pdb = find(objects, 'PodDisruptionBudget', service);
        expect(pdb, `${service}: PodDisruptionBudget`).toBeDefined();
        expect(matches(pdb?.spec.selector.matchLabels, pods), `${service}: PDB selects its pods`).toBe(true);
      }
      if (production) {
        const api = find(objects, 'HorizontalPodAutoscaler', 'api-server');
        expect([api?.spec.minReplicas, api?.spec.maxReplicas]).toEqual([2, 20]);
      }
    });

    it('routes every Service to pods and to named ports they have', () => {
      const { objects } = rendered(name);
      for (const service of objects.filter((o) => o.kind === 'Service')) {
        const pods = workloads(objects).filter((w) => matches(service.spec.selector, w.spec.template.metadata.labels));
        expect(pods.length, `Service ${service.metadata.name} selects no pod`).toBeGreaterThan(0);
        for (const port of service.spec.ports) {
          const served = pods.some((w) => containersOf(w).some((c) => portNumber(c, port.targetPort ?? port.port)));
          expect(served, `Service ${service.metadata.name} port ${port.name}`).toBe(true);
        }
      }
    });

    it('migrates the databases before the services that use them start', () => {
      const { objects } = rendered(name);
      const jobs = objects.filter((o) => o.kind === 'Job' && componentOf(o) === 'migrate');
      expect(jobs).toHaveLength(1);
      expect(mainContainer(jobs[0] as K8sObject).args).toEqual(['migrate', 'up', '--database', 'all']);
      // the extractor too: it checks the API keys of gRPC calls in ScyllaDB
      for (const service of ['api-server', 'extractor', 'async-enroll', 'face-cluster']) {
        const init = podSpec(deployment(objects, service)).initContainers ?? [];
        expect(
          init.map((c: { args: string[] }) => c.args.at(-1)),
          service,
        ).toContain('wait-migrations');
      }
    });

    it("lets only FreeFace's pods reach the extractor's and face-cluster's gRPC ports, and anyone their admin port", () => {
      const { objects } = rendered(name);
      const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
      if (name.includes('no network policies')) {
        expect(policies).toEqual([]);
        return;
      }
      const grpcServices = [
        { service: 'extractor', port: configOf(objects, 'extractor').extractor.port, callers: ['async-enroll'] },
        { service: 'face-cluster', port: configOf(objects, 'face-cluster').cluster.port, callers: ['api-server'] },
      ];
      const podsOf = (service: string) => deployment(objects, service).spec.template.metadata.labels;
      type Peer = {
        podSelector?: { matchLabels?: Record<string, string> };
        namespaceSelector?: unknown;
        ipBlock?: unknown;
      };
      type Rule = { from?: Peer[]; ports?: Array<{ port: string | number }> };
      for (const { service, port, callers } of grpcServices) {
        const container = mainContainer(deployment(objects, service));
        const guarding = policies.filter(
          (p) =>
            matches(p.spec.podSelector.matchLabels ?? {}, podsOf(service)) && p.spec.policyTypes?.includes('Ingress'),
        );
        expect(guarding.length, `${service}: a NetworkPolicy selects its pods`).toBeGreaterThan(0);
        const rules: Rule[] = guarding.flatMap((p) => p.spec.ingress ?? []);
        const admits = (rule: Rule, number: number) =>
          !rule.ports || rule.ports.some((p) => portNumber(container, p.port) === number);
        const grpcRules = rules.filter((rule) => admits(rule, port));
        expect(grpcRules.length, `${service}: a rule admits gRPC on ${port}`).toBeGreaterThan(0);
        for (const rule of grpcRules) {
          expect(rule.from?.length, `${service}: gRPC open to every source`).toBeGreaterThan(0);
          for (const peer of rule.from ?? []) {
            expect([peer.ipBlock, peer.namespaceSelector], `${service}: gRPC from outside the namespace`).toEqual([
              undefined,
              undefined,
            ]);
            expect(peer.podSelector?.matchLabels?.['app.kubernetes.io/name'], `${service}: gRPC from any pod`).toBe(
              'freeface',
            );
          }
        }
        const reaches = (labels: Record<string, string>) =>
          grpcRules.some((rule) =>
            (rule.from ?? []).some((peer) => matches(peer.podSelector?.matchLabels ?? {}, labels)),
          );
        for (const caller of callers) expect(reaches(podsOf(caller)), `${caller} -> ${service}`).toBe(true);
        expect(reaches({ 'app.kubernetes.io/name': 'scylla' }), `another pod -> ${service}`).toBe(false);
        // health and metrics: the kubelet's probes and Prometheus
        const admin = configOf(objects, service).api.adminPort;
        expect(
          rules.some((rule) => !rule.from && admits(rule, admin)),
          `${service}: admin port ${admin} open`,
        ).toBe(true);
      }
    });

    it('names released images in production and the CUDA extractor where GPUs are on', () => {
      const { objects, production } = rendered(name);
      const extractor = mainContainer(deployment(objects, 'extractor'));
      const gpu = Boolean(extractor.resources?.limits?.['nvidia.com/gpu']);
      if (gpu) {
        expect(extractor.image).toMatch(/freeface\/extractor-gpu:/);
        expect(configOf(objects, 'extractor').models.executionProvider).toBe('cuda');
      } else {
        expect(configOf(objects, 'extractor').models.executionProvider).toBe('cpu');
      }
      if (!production) return;
      const images = workloads(objects).flatMap((w) => containersOf(w).map((c) => c.image));
      for (const image of images.filter((i) => i.includes('freeface/'))) {
        expect(image, 'a released tag').toMatch(/:[\w.-]+$/);
        expect(image).not.toMatch(/:latest$/);
      }
    });
  });

  it('runs the extractor on GPUs in the GPU overlay and the chart with gpu.enabled', () => {
    for (const objects of [
      rendered('overlay prod-gpu').objects,
      rendered('chart gpu, KEDA, ingress, secret, registry, logging, ops UIs, VPA').objects,
    ]) {
      const extractor = mainContainer(deployment(objects, 'extractor'));
      expect(extractor.resources?.limits?.['nvidia.com/gpu']).toBe(1);
    }
  });

  it('scales the Kafka consumers on lag with KEDA in prod', () => {
    const { objects } = rendered('overlay prod');
    for (const service of KAFKA_CONSUMERS) {
      const triggers = find(objects, 'ScaledObject', service)?.spec.triggers.map((t: { type: string }) => t.type);
      expect(triggers, service).toEqual(['cpu', 'kafka']);
    }
  });

  it('renders the same settings and services from the chart as from the prod overlay', () => {
    const overlay = rendered('overlay prod').objects;
    const chart = rendered('chart defaults').objects;
    const settings = (objects: K8sObject[]) =>
      objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('freeface-settings'))?.data;
    expect(settings(chart)).toEqual(settings(overlay));
    const services = (objects: K8sObject[]) => freefaceWorkloads(objects).map((w) => `${w.kind}/${componentOf(w)}`);
    expect(services(chart).sort()).toEqual(services(overlay).sort());
  });
});
