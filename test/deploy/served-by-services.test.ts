// What the deployment refers to exists in the services: the metrics the Grafana dashboards and the alert
// rules query are exported, and the paths the probes call are served. Needs no deployment tool.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, Metrics, startAdminServer } from '@freeface/observability';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { createTestApi } from '../../packages/api/src/testing/test-api.js';
import {
  apiServerExposition,
  extractorExposition,
  metricOfVariable,
  metricsOf,
  registeredInSources,
  SYNTHETIC,
  seriesNames,
} from './exported-metrics.js';
import { CHART_DIR, K8S_DIR } from './k8s-render.js';

const MONITORING = join(K8S_DIR, 'monitoring');
const DASHBOARDS = join(MONITORING, 'grafana/dashboards');

interface Panel {
  title: string;
  type: string;
  datasource?: { uid: string };
  targets?: Array<{ expr: string; datasource?: { uid: string } }>;
  panels?: Panel[];
}
interface Dashboard {
  uid: string;
  title: string;
  panels: Panel[];
  templating?: { list: Array<{ name: string; query: string | { query: string } }> };
}

const dashboardFiles = readdirSync(DASHBOARDS).filter((f) => f.endsWith('.json'));
const dashboard = (file: string) => JSON.parse(readFileSync(join(DASHBOARDS, file), 'utf8')) as Dashboard;
const panelsOf = (panels: Panel[]): Panel[] => panels.flatMap((p) => [p, ...panelsOf(p.panels ?? [])]);

let exported: Set<string>;
beforeAll(async () => {
  const expositions = await Promise.all([apiServerExposition(), extractorExposition()]);
  exported = new Set([...expositions.flatMap(seriesNames), ...registeredInSources(), ...SYNTHETIC]);
}, 120_000);

describe('Grafana dashboards', () => {
  it('are there, and are all provisioned by the monitoring kustomization', () => {
    expect(dashboardFiles.length).toBeGreaterThanOrEqual(3);
    const kustomization = parse(readFileSync(join(MONITORING, 'kustomization.yaml'), 'utf8'));
    const generated = kustomization.configMapGenerator.find((g: { name: string }) => g.name === 'grafana-dashboards');
    expect(generated.files.map((f: string) => f.split('/').at(-1)).sort()).toEqual([...dashboardFiles].sort());
  });

  it.each(dashboardFiles)('%s is a dashboard on the provisioned Prometheus data source', (file) => {
    const board = dashboard(file);
    expect(board.uid).toMatch(/^freeface-/);
    const datasources = parse(readFileSync(join(MONITORING, 'grafana/datasources.yaml'), 'utf8')).datasources;
    const prometheus = datasources.find((d: { type: string }) => d.type === 'prometheus').uid;
    const panels = panelsOf(board.panels);
    expect(panels.length).toBeGreaterThan(3);
    for (const panel of panels.filter((p) => p.type !== 'row')) {
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
      for (const target of panel.targets ?? []) {
        expect(target.datasource?.uid ?? panel.datasource?.uid, panel.title).toBe(prometheus);
        expect(target.expr.trim(), panel.title).not.toBe('');
      }
    }
  });

  it('have distinct uids', () => {
    const uids = dashboardFiles.map((f) => dashboard(f).uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it.each(dashboardFiles)('%s queries only metrics the services export', (file) => {
    const board = dashboard(file);
    const queried = [
      ...panelsOf(board.panels).flatMap((p) => (p.targets ?? []).flatMap((t) => metricsOf(t.expr))),
      ...(board.templating?.list ?? []).flatMap((v) => {
        const metric = metricOfVariable(typeof v.query === 'string' ? v.query : v.query.query);
        return metric ? [metric] : [];
      }),
    ];
    expect(queried.length).toBeGreaterThan(0);
    expect([...new Set(queried)].filter((m) => !exported.has(m))).toEqual([]);
  });
});

describe('Prometheus', () => {
  const rules = parse(readFileSync(join(MONITORING, 'prometheus/alerts.yml'), 'utf8'));
  const config = parse(readFileSync(join(MONITORING, 'prometheus/prometheus.yml'), 'utf8'));

  it('alerts only on metrics the services export', () => {
    const alerts = rules.groups.flatMap((g: { rules: Array<{ alert: string; expr: string }> }) => g.rules);
    expect(alerts.length).toBeGreaterThan(3);
    for (const alert of alerts) {
      const names = metricsOf(alert.expr);
      expect(names.length, alert.alert).toBeGreaterThan(0);
      expect(
        names.filter((m) => !exported.has(m)),
        alert.alert,
      ).toEqual([]);
    }
  });

  it('scrapes the API on its metrics path and the workers on theirs, from the pods annotations', () => {
    const jobs = config.scrape_configs.map((j: { job_name: string }) => j.job_name);
    expect(jobs).toEqual(expect.arrayContaining(['freeface-api', 'freeface-workers']));
    const api = config.scrape_configs.find((j: { job_name: string }) => j.job_name === 'freeface-api');
    expect(Object.keys(api.http_headers)).toEqual(['X-Api-Key']);
  });
});

describe('health endpoints the probes call', () => {
  // the paths as the kustomize base and the chart's values name them
  const base = readdirSync(join(K8S_DIR, 'base'))
    .filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')
    .flatMap((f) => parseAllDocuments(readFileSync(join(K8S_DIR, 'base', f), 'utf8')).map((d) => d.toJS()))
    .filter((o) => o?.kind === 'Deployment');
  const probed = (component: string) => {
    const fromBase = base
      .filter((d) => d.metadata.labels['app.kubernetes.io/component'] === component)
      .flatMap((d) => d.spec.template.spec.containers)
      .flatMap((c) => [c.livenessProbe, c.readinessProbe, c.startupProbe].map((p) => p?.httpGet?.path));
    const values = parse(readFileSync(join(CHART_DIR, 'values.yaml'), 'utf8')).services[component].health;
    return [...new Set([...fromBase, values.live, values.ready])];
  };

  it('are served by the REST API', async () => {
    const paths = probed('api-server');
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/health/live', '/api/v1/health/ready']));
    const api = await createTestApi();
    try {
      for (const path of paths) {
        const response = await api.app.inject({ method: 'GET', url: path });
        expect(response.statusCode, path).toBe(200);
      }
    } finally {
      await api.close();
    }
  });

  it('are served by the admin endpoint of the worker services', async () => {
    const admin = await startAdminServer({
      host: '127.0.0.1',
      port: 0,
      metrics: new Metrics('probe-test'),
      ready: () => true,
      logger: createLogger({ name: 'probe-test', level: 'silent' }),
    });
    try {
      for (const component of ['extractor', 'async-enroll', 'face-cluster']) {
        for (const path of probed(component)) {
          const response = await fetch(`http://127.0.0.1:${admin.port}${path}`);
          expect(response.status, `${component} ${path}`).toBe(200);
        }
      }
    } finally {
      await admin.close();
    }
  });
});
