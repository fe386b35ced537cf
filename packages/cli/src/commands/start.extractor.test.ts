import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testModelsDir } from '@freeface/extractor/testing';
import { EXTRACTOR_SERVICE, ExtractorClient } from '@freeface/rpc';
import { faceImage, freePort, PROJECT_ROOT, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { freefaceArgs, spawnFreeface, waitReady } from '../testing/freeface-process.js';

const faces = requireTestData('faces');

const MAIN = freefaceArgs('start', '--roles', 'extractor');

let models: Awaited<ReturnType<typeof testModelsDir>> | undefined;
afterAll(() => models?.remove());

describe('freeface start --roles extractor', { timeout: 120_000 }, () => {
  it('stops at start with a message naming a bad setting', () => {
    const run = spawnSync(process.execPath, MAIN, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FREEFACE_EXTRACTOR_PORT: 'grpc', FREEFACE_EXTRACTOR_MAX_BATCH_IMAGES: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('extractor cannot start');
    expect(run.stderr).toContain('FREEFACE_EXTRACTOR_PORT="grpc": expected a port number');
    expect(run.stderr).toContain('FREEFACE_EXTRACTOR_MAX_BATCH_IMAGES="0"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(!faces)(
    'serves gRPC and the admin endpoint, then shuts down cleanly on SIGTERM',
    async () => {
      models = await testModelsDir();
      const [grpcPort, adminPort] = [await freePort(), await freePort()];
      // API keys are checked in the metadata store of the data dir; the platform's clients send the token
      const dataDir = mkdtempSync(join(tmpdir(), 'ff-extractor-'));
      const serviceToken = 'service-token-of-the-extractor-test-0123456789';
      const { child, output } = spawnFreeface(MAIN, {
        FREEFACE_DATA_DIR: dataDir,
        FREEFACE_SERVICE_TOKEN: serviceToken,
        FREEFACE_MODELS_DIR: models.dir,
        FREEFACE_EXTRACTOR_HOST: '127.0.0.1',
        FREEFACE_EXTRACTOR_PORT: String(grpcPort),
        FREEFACE_API_HOST: '127.0.0.1',
        FREEFACE_ADMIN_PORT: String(adminPort),
        FREEFACE_INTRA_OP_THREADS: '1',
      });
      try {
        await waitReady(`http://127.0.0.1:${adminPort}/health/ready`, child, 60_000);
        const options = { address: `127.0.0.1:${grpcPort}`, timeoutMs: 10_000, maxMessageBytes: 1 << 24 };
        const anonymous = new ExtractorClient(options);
        expect(await anonymous.health(EXTRACTOR_SERVICE)).toBe('SERVING');
        await expect(anonymous.listModels()).rejects.toMatchObject({ status: 'UNAUTHENTICATED' });
        anonymous.close();
        const client = new ExtractorClient({ ...options, credential: { serviceToken } });
        expect(await client.health(EXTRACTOR_SERVICE)).toBe('SERVING');
        expect((await client.extract(faceImage('group/bbt1.jpg'))).faces).toHaveLength(4);
        client.close();
        const metrics = await (await fetch(`http://127.0.0.1:${adminPort}/metrics/prometheus`)).text();
        expect(metrics).toMatch(/freeface_extractor_call_seconds_count\{[^}]*method="Extract"[^}]*\} 1/);

        child.kill('SIGTERM');
        const [code] = await once(child, 'exit');
        expect(code).toBe(0);
        expect(output()).toContain('shutting down');
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
