// The files around the manifests agree with the project: settings named in any deployment file exist,
// the Dockerfile has a target for every image the manifests and Skaffold use, the Procfile starts real
// services on distinct ports. Needs no deployment tool.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allSettings } from '@freeface/config';
import { ROLE_NAMES, ROLES, type RoleName } from '@freeface/runtime';
import { PROJECT_ROOT } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { FREEFACE_SERVICES } from './workloads.js';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(PROJECT_ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(PROJECT_ROOT, path)).isDirectory() ? filesUnder(path) : [path];
  });

const DEPLOY_FILES = [
  'Procfile',
  'Dockerfile',
  'Dockerfile.dev',
  'dev-k8s.sh',
  'skaffold.yaml',
  'skaffold-dev.yaml',
  ...filesUnder('docker'),
  // the chart's files/ only links to folders listed here
  ...filesUnder('kubernetes').filter((f) => !f.startsWith('kubernetes/helm/freeface/files/')),
];
const DOCKER_TARGETS = [...read('Dockerfile').matchAll(/^FROM \S+ AS ([\w-]+)$/gm)].map((m) => m[1]);
/** the deployments: each long-running one a role of `freeface start`, and the migrate Job */
const SERVICES = [...FREEFACE_SERVICES, 'migrate'];

describe('deployment files', () => {
  it('name only settings that the settings schema has', () => {
    const known = new Set<string>(allSettings().map((s) => s.env));
    const unknown = DEPLOY_FILES.flatMap((file) =>
      [...read(file).matchAll(/FREEFACE_[A-Z0-9_]+/g)]
        .map((m) => m[0])
        .filter((name) => !known.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('have a Dockerfile target for every service, the migrate CLI and the CUDA extractor', () => {
    expect(DOCKER_TARGETS).toEqual(expect.arrayContaining([...SERVICES, 'extractor-gpu']));
  });

  it('build the web console into every image the api role runs from (built at install elsewhere)', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^FROM \S+ AS console$/m);
    expect(dockerfile).toMatch(/^RUN npm run -s build -w @freeface\/console$/m);
    expect(dockerfile).toContain('COPY --from=console /src/packages/console/dist ./packages/console/dist');
    expect(read('Dockerfile.dev')).toMatch(/^RUN npm run -s build:console$/m);
  });

  it('use only images the Dockerfiles build', () => {
    const used = new Set(
      DEPLOY_FILES.filter((f) => /\.ya?ml$/.test(f)).flatMap((file) =>
        [...read(file).matchAll(/(?:image|newName|name):\s*\S*?\bfreeface\/([a-z-]+)/g)].map((m) => m[1] as string),
      ),
    );
    const built = new Set([...DOCKER_TARGETS, 'dev']);
    expect([...used].filter((image) => !built.has(image))).toEqual([]);
  });

  it('build each Skaffold artifact from a Dockerfile target, deploying an overlay that exists', () => {
    for (const file of ['skaffold.yaml', 'skaffold-dev.yaml']) {
      const config = parse(read(file));
      const artifacts = [
        ...config.build.artifacts,
        ...(config.profiles ?? []).flatMap((p: { patches?: Array<{ value?: { image?: string } }> }) =>
          (p.patches ?? []).map((x) => x.value).filter((v) => v?.image),
        ),
      ];
      for (const artifact of artifacts) {
        const dockerfile = artifact.docker?.dockerfile ?? 'Dockerfile';
        expect(existsSync(join(PROJECT_ROOT, dockerfile)), `${file}: ${dockerfile}`).toBe(true);
        if (artifact.docker?.target)
          expect(DOCKER_TARGETS, `${file}: ${artifact.image}`).toContain(artifact.docker.target);
      }
      for (const path of config.manifests.kustomize.paths) {
        expect(existsSync(join(PROJECT_ROOT, path, 'kustomization.yaml')), `${file}: ${path}`).toBe(true);
      }
    }
  });

  it('port-forward, in skaffold-dev.yaml, services and ports that the manifests define', () => {
    const services = ['base', 'monitoring']
      .flatMap((dir) => filesUnder(`kubernetes/${dir}`).filter((f) => f.endsWith('.yaml')))
      .flatMap((f) => parseAllDocuments(read(f)).map((d) => d.toJS()))
      .filter((o) => o?.kind === 'Service');
    const forwards = parse(read('skaffold-dev.yaml')).portForward as Array<{ resourceName: string; port: number }>;
    expect(forwards.map((f) => f.resourceName)).toEqual(['api-server', 'extractor', 'grafana', 'jaeger']);
    for (const forward of forwards) {
      const service = services.find((s) => s.metadata.name === forward.resourceName);
      expect(
        service?.spec.ports.map((p: { port: number }) => p.port),
        forward.resourceName,
      ).toContain(forward.port);
    }
  });

  it('start, in the Procfile, each long-running service once, with distinct admin ports', () => {
    const entries = read('Procfile')
      .split('\n')
      .filter((line) => /^[\w-]+:/.test(line));
    const roles = entries.map((line) => /freeface start --roles ([\w-]+)$/.exec(line)?.[1]);
    const started = roles.map((role) => ROLES[role as RoleName]?.service);
    expect(started).toEqual(expect.arrayContaining(SERVICES.filter((s) => s !== 'migrate')));
    expect(new Set(started).size).toBe(started.length);
    const adminPorts = entries.map((line) => /FREEFACE_ADMIN_PORT=(\d+)/.exec(line)?.[1]).filter(Boolean);
    expect(new Set(adminPorts).size).toBe(adminPorts.length);
    // each line the role of its deployment's name, through the freeface command
    for (const [index, role] of roles.entries())
      expect(role && ROLE_NAMES.includes(role as RoleName), entries[index]).toBe(true);
  });

  it('check the health endpoints in the image HEALTHCHECKs', () => {
    // "http://127.0.0.1:${FREEFACE_API_PORT:-8080}/api/v1/health/live": the path after host and port
    const checks = [...read('Dockerfile').matchAll(/healthcheck\.mjs "http:\/\/[^/"]+(\/[^"]*)"/g)].map((m) => m[1]);
    expect(checks.length).toBeGreaterThanOrEqual(4);
    for (const path of checks) expect(['/api/v1/health/live', '/health/live']).toContain(path);
  });

  it('are wired into CI: .ci/run installs the deployment tools before the tests', () => {
    const ci = read('.ci/run');
    const install = ci.indexOf('k8s:tools');
    expect(install, '.ci/run runs npm run k8s:tools').toBeGreaterThan(-1);
    expect(install).toBeLessThan(ci.indexOf('npm test'));
  });
});
