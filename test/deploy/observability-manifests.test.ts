// The logging stack (kubernetes/components/logging), the operations UIs (components/ops-uis) and the
// VerticalPodAutoscalers (components/vpa-recommendations), as the overlays and the chart render them; the schemas
// are validated with everything else in manifests.test.ts (the VPA, a CRD, is checked here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployToolsInstalled, K8S_DIR, type K8sObject, renderChart, renderOverlay } from './k8s-render.js';
import { containersOf, FREEFACE_SERVICES, find, podSpec, workloads } from './workloads.js';

const installed = deployToolsInstalled();
const LOGGING = join(K8S_DIR, 'components/logging');
const CHART_WITH_ALL = 'gpu, KEDA, ingress, secret, registry, logging, ops UIs, VPA';
const read = (path: string) => readFileSync(join(LOGGING, path), 'utf8');

const logging = (objects: K8sObject[]) => {
  const es = find(objects, 'StatefulSet', 'elasticsearch');
  const kibana = find(objects, 'Deployment', 'kibana');
  const shipper = find(objects, 'DaemonSet', 'fluent-bit');
  const setup = find(objects, 'Job', 'logging-setup');
  return { es, kibana, shipper, setup };
};
describe.skipIf(!installed)('logging, operations UIs and VPA in the manifests', () => {
  const prod = installed ? renderOverlay('prod').objects : [];
  const dev = installed ? renderOverlay('dev').objects : [];
  const chart = installed ? renderChart(CHART_WITH_ALL).objects : [];
  const chartDefaults = installed ? renderChart('defaults').objects : [];

  it('runs Elasticsearch, Kibana, Fluent Bit on every node and the setup Job in prod and the chart with logging', () => {
    for (const objects of [prod, chart]) {
      const { es, kibana, shipper, setup } = logging(objects);
      expect([es, kibana, shipper, setup].every(Boolean)).toBe(true);
      // the shipper's config is the component's files, as they are, under the names fluent-bit.conf includes
      const mounted = podSpec(shipper as K8sObject).volumes.find((v: { name: string }) => v.name === 'config');
      const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === mounted.configMap.name);
      expect(config?.data?.['parsers.conf']?.trim()).toBe(read('fluent-bit/parsers.conf').trim());
      expect(config?.data?.['fluent-bit.conf']).toContain('@INCLUDE /fluent-bit/etc/freeface-filters.conf');
      expect(config?.data?.['freeface-filters.conf']?.trim()).toBe(read('fluent-bit/freeface-filters.conf').trim());
      // its ServiceAccount may read pods in the namespace it is deployed to
      const binding = find(objects, 'ClusterRoleBinding', 'freeface-fluent-bit');
      const subjects = (binding as unknown as { subjects?: unknown[] } | undefined)?.subjects;
      expect(subjects).toEqual([{ kind: 'ServiceAccount', name: 'fluent-bit', namespace: 'freeface' }]);
      // Elasticsearch has its security off: only the logging stack's pods reach it
      const policy = find(objects, 'NetworkPolicy', 'elasticsearch');
      expect(policy?.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'elasticsearch' });
    }
    expect(logging(chartDefaults).es).toBeUndefined();
    expect(logging(dev).es).toBeUndefined();
  });

  it('ships into the data stream the index template makes, which the Kibana data view reads', () => {
    const template = JSON.parse(read('elasticsearch/index-template.json'));
    const view = JSON.parse(read('kibana/data-view.json'));
    const index = /^\s*Index\s+(\S+)$/m.exec(read('fluent-bit/fluent-bit.conf'))?.[1] ?? '';
    const matching = (pattern: string) => new RegExp(`^${pattern.replaceAll('*', '.*')}$`);
    expect(template.data_stream).toEqual({});
    expect(template.index_patterns.some((p: string) => matching(p).test(index))).toBe(true);
    expect(/^\s*Write_Operation\s+create$/m.test(read('fluent-bit/fluent-bit.conf'))).toBe(true); // data streams only take creates
    expect(matching(view.data_view.title).test(index)).toBe(true);
    expect(template.template.mappings.properties[view.data_view.timeFieldName]).toEqual({ type: 'date' });
    // the setup script loads both files from where the Job mounts them
    const script = read('setup.sh');
    expect(script).toContain('@/setup/index-template.json');
    expect(script).toContain('@/setup/data-view.json');
  });

  it('has Kafka UI, Attu and Redis Commander in dev (and the chart with opsUis), pinned, without credentials', () => {
    for (const objects of [dev, chart]) {
      for (const name of ['kafka-ui', 'attu', 'redis-commander']) {
        const ui = find(objects, 'Deployment', name);
        expect(ui, name).toBeDefined();
        for (const container of containersOf(ui as K8sObject)) {
          expect(container.image, name).toMatch(/:[\w.-]+$/);
          expect(container.image, name).not.toMatch(/:latest$/);
          const secrets = (container.env ?? []).filter((e) => /PASS|SECRET|TOKEN|CREDENTIAL/i.test(e.name));
          expect(secrets, `${name}: no credential in the manifest`).toEqual([]);
        }
        expect(find(objects, 'Service', name), name).toBeDefined();
      }
    }
    expect(find(prod, 'Deployment', 'kafka-ui')).toBeUndefined();
  });

  it('recommends requests for each service with a VerticalPodAutoscaler that never updates a pod', () => {
    for (const objects of [prod, chart]) {
      for (const service of FREEFACE_SERVICES) {
        const vpa = find(objects, 'VerticalPodAutoscaler', service);
        expect(vpa?.apiVersion, service).toBe('autoscaling.k8s.io/v1');
        expect(vpa?.spec.updatePolicy).toEqual({ updateMode: 'Off' });
        const target = vpa?.spec.targetRef;
        expect(target).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: service });
        expect(find(objects, 'Deployment', service)).toBeDefined();
        expect(Object.keys(vpa?.spec ?? {}).sort()).toEqual(['resourcePolicy', 'targetRef', 'updatePolicy']);
      }
    }
    expect(dev.some((o) => o.kind === 'VerticalPodAutoscaler')).toBe(false);
  });

  it('gives every container of these workloads requests and limits', () => {
    const names = ['elasticsearch', 'kibana', 'fluent-bit', 'logging-setup', 'kafka-ui', 'attu', 'redis-commander'];
    for (const workload of workloads(chart).filter((w) => names.includes(w.metadata.name))) {
      for (const container of containersOf(workload)) {
        expect(container.resources?.requests, workload.metadata.name).toBeDefined();
        expect(container.resources?.limits, workload.metadata.name).toBeDefined();
      }
    }
  });
});
