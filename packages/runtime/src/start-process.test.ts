import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import { freePort } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import type { Role, RoleName } from './role.js';
import { ROLES } from './roles.js';
import { startProcess } from './start-process.js';

/** A role that records when it starts and stops; its stop step fails or hangs when asked. */
function fakeRole(name: RoleName, log: string[], stop: 'ok' | 'fail' | 'hang' = 'ok'): Role {
  return {
    name,
    service: ROLES[name].service,
    needs: () => [],
    async start({ shutdown }) {
      log.push(`start ${name}`);
      shutdown.add(`${name}: server`, async () => {
        log.push(`stop ${name}`);
        if (stop === 'fail') throw new Error(`${name} would not close`);
        if (stop === 'hang') await new Promise(() => {});
      });
      return { endpoints: [{ name, scheme: 'grpc', host: '0.0.0.0', port: 1 }] };
    },
  };
}

const logger = createLogger({ name: 'runtime-test', level: 'silent' });

async function setup(timeoutMs = 2000) {
  const config = loadConfig({
    FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-runtime-')),
    FREEFACE_API_HOST: '127.0.0.1',
    FREEFACE_ADMIN_PORT: String(await freePort()),
    FREEFACE_SHUTDOWN_TIMEOUT_MS: String(timeoutMs),
  });
  return config;
}

const catalogOf = (log: string[], stops: Partial<Record<RoleName, 'ok' | 'fail' | 'hang'>> = {}) =>
  ({
    api: fakeRole('api', log, stops.api),
    extractor: fakeRole('extractor', log, stops.extractor),
    'enroll-worker': fakeRole('enroll-worker', log, stops['enroll-worker']),
    cluster: fakeRole('cluster', log, stops.cluster),
  }) satisfies Record<RoleName, Role>;

describe('startProcess', () => {
  it('starts the roles in order and stops them in reverse, the admin endpoint last', async () => {
    const log: string[] = [];
    const config = await setup();
    const running = await startProcess({
      config,
      roles: ['extractor', 'enroll-worker', 'cluster'],
      logger,
      catalog: catalogOf(log),
    });
    expect(running.name).toBe('extractor');
    expect(running.endpoints.map((e) => e.name)).toEqual(['extractor', 'enroll-worker', 'cluster']);
    const ready = await fetch(`http://127.0.0.1:${config.api.adminPort}/health/ready`);
    expect(ready.status).toBe(200);
    const report = await running.close();
    expect(report).toEqual({ ok: true, failed: [], skipped: [] });
    expect(log).toEqual([
      'start extractor',
      'start enroll-worker',
      'start cluster',
      'stop cluster',
      'stop enroll-worker',
      'stop extractor',
    ]);
    // the admin endpoint stopped too: its port is free
    await expect(fetch(`http://127.0.0.1:${config.api.adminPort}/health/live`)).rejects.toThrow();
  });

  it('goes on past a failed step, and names it', async () => {
    const log: string[] = [];
    const running = await startProcess({
      config: await setup(),
      roles: ['extractor', 'cluster'],
      logger,
      catalog: catalogOf(log, { cluster: 'fail' }),
    });
    const report = await running.close();
    expect(report.ok).toBe(false);
    expect(report.failed).toEqual([{ step: 'cluster: server', error: 'cluster would not close' }]);
    expect(log.slice(-2)).toEqual(['stop cluster', 'stop extractor']);
  });

  it('gives up on a step that hangs past the shutdown timeout, names it and what it skipped', async () => {
    const log: string[] = [];
    const config = await setup(300);
    const running = await startProcess({
      config,
      roles: ['extractor', 'cluster'],
      logger,
      catalog: catalogOf(log, { cluster: 'hang' }),
    });
    const began = Date.now();
    const report = await running.close();
    expect(Date.now() - began).toBeLessThan(2000);
    expect(report.ok).toBe(false);
    expect(report.hung).toBe('cluster: server');
    expect(report.skipped).toEqual(['extractor: server', 'admin endpoint', 'tracing']);
    expect(log).not.toContain('stop extractor');
  });

  it('stops what started when a role fails to start, and throws its error', async () => {
    const log: string[] = [];
    const catalog = {
      ...catalogOf(log),
      cluster: { ...fakeRole('cluster', log), start: () => Promise.reject(new Error('no lease')) },
    };
    await expect(
      startProcess({ config: await setup(), roles: ['extractor', 'cluster'], logger, catalog }),
    ).rejects.toThrow('no lease');
    expect(log).toEqual(['start extractor', 'stop extractor']);
  });

  it('refuses, before opening anything, roles that cannot run so', async () => {
    const config = await setup();
    await expect(startProcess({ config, roles: ['cluster'], logger })).rejects.toThrow(
      /face-cluster runs inside `npm start` in the embedded profile/,
    );
  });
});
