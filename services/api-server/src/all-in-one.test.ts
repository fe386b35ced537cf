import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractorClient, FaceClusterClient } from '@freeface/rpc';
import { faceImage, freePort, PROJECT_ROOT, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';

// Only the detection on a real photo needs the shared images; the rest of the start-up is checked without them.
const faces = requireTestData('faces');

/** `npm start`'s process, as a newcomer runs it: no settings but ports and a fresh data dir. */
describe('npm start (embedded all-in-one)', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('serves the REST API and the extractor and face-cluster gRPC APIs from one process, and says how to log in', {
    timeout: 120_000,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-start-'));
    const [apiPort, grpcPort, clusterPort] = [await freePort(), await freePort(), await freePort()];
    child = spawn(process.execPath, ['--import', 'tsx', 'services/api-server/src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        FREEFACE_DATA_DIR: dataDir,
        FREEFACE_API_PORT: String(apiPort),
        FREEFACE_EXTRACTOR_PORT: String(grpcPort),
        FREEFACE_CLUSTER_PORT: String(clusterPort),
        FREEFACE_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    const until = Date.now() + 90_000;
    while (!output.includes('FreeFace is running') && Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(output).toContain(`REST API      http://localhost:${apiPort}/api/v1`);
    expect(output).toContain(`extractor     grpc://localhost:${grpcPort}`);
    expect(output).toContain(`face-cluster  grpc://localhost:${clusterPort}`);

    const [username, password] = readFileSync(join(dataDir, 'initial-admin-password'), 'utf8').trim().split('\n');
    expect(output).toContain(`log in as admin with password ${password}`);
    const login = await fetch(`http://127.0.0.1:${apiPort}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    expect(login.status).toBe(200);
    const { access_token: token } = ((await login.json()) as { data: { access_token: string } }).data;
    const ready = await fetch(`http://127.0.0.1:${apiPort}/api/v1/health/ready`);
    expect(ready.status).toBe(200);
    const persons = await fetch(`http://127.0.0.1:${apiPort}/api/v1/persons`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(persons.status).toBe(200);

    const client = new ExtractorClient({
      address: `127.0.0.1:${grpcPort}`,
      timeoutMs: 20_000,
      maxMessageBytes: 16 * 1024 * 1024,
    });
    try {
      expect(await client.health()).toBe('SERVING');
      if (faces) {
        const detected = await client.detect(faceImage('group/bbt1.jpg'));
        expect(detected.faces).toHaveLength(4);
      }
    } finally {
      client.close();
    }
    const clusters = new FaceClusterClient({ address: `127.0.0.1:${clusterPort}`, timeoutMs: 20_000 });
    try {
      expect(await clusters.health()).toBe('SERVING');
      expect(await clusters.listClusters()).toEqual({ model: 'dlib-resnet-128', clusters: [], total: 0 });
    } finally {
      clusters.close();
    }
  });
});
