import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { freePort } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import type { Role, RoleName } from './role.js';
import { ROLES } from './roles.js';
import { runFreeface } from './run-freeface.js';

const role = (name: RoleName, stop: () => Promise<void>): Role => ({
  name,
  service: ROLES[name].service,
  needs: () => [],
  async start({ shutdown }) {
    shutdown.add(`${name}: server`, stop);
    return {};
  },
});

async function run(stops: Partial<Record<RoleName, () => Promise<void>>>, timeoutMs: number) {
  const config = loadConfig({
    FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-run-')),
    FREEFACE_API_HOST: '127.0.0.1',
    FREEFACE_ADMIN_PORT: String(await freePort()),
    FREEFACE_SHUTDOWN_TIMEOUT_MS: String(timeoutMs),
    FREEFACE_LOG_LEVEL: 'silent',
  });
  const ok = async () => {};
  const catalog = Object.fromEntries(
    (['api', 'extractor', 'enroll-worker', 'cluster'] as const).map((n) => [n, role(n, stops[n] ?? ok)]),
  ) as Record<RoleName, Role>;
  const lines: string[] = [];
  const codes: number[] = [];
  const handle = await runFreeface({
    config,
    roles: ['extractor', 'cluster'],
    catalog,
    signals: false,
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    exit: (code) => void codes.push(code),
  });
  if (!handle) throw new Error(`did not start: ${lines.join('\n')}`);
  const began = Date.now();
  await handle.stop('SIGTERM', 0);
  return { lines, codes, ms: Date.now() - began };
}

describe('runFreeface', () => {
  it('exits 0 once every step stopped', async () => {
    const { lines, codes } = await run({}, 2000);
    expect(codes).toEqual([0]);
    expect(lines).toContain('extractor: SIGTERM: shutting down');
  });

  it('exits 1 within the shutdown timeout when a step hangs, naming it', async () => {
    const { lines, codes, ms } = await run({ cluster: () => new Promise(() => {}) }, 300);
    expect(codes).toEqual([1]);
    expect(ms).toBeLessThan(2000);
    expect(lines.at(-1)).toBe('extractor: shutdown did not go cleanly: cluster: server hung');
  });

  it('exits 1 when a step fails, after running the others', async () => {
    const stopped: string[] = [];
    const { lines, codes } = await run(
      {
        cluster: () => Promise.reject(new Error('socket busy')),
        extractor: async () => void stopped.push('extractor'),
      },
      2000,
    );
    expect(codes).toEqual([1]);
    expect(stopped).toEqual(['extractor']);
    expect(lines.at(-1)).toBe('extractor: shutdown did not go cleanly: cluster: server failed (socket busy)');
  });
});
