import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractorClient, FaceClusterClient } from '@freeface/rpc';
import { faceImage, freePort, isListening, PROJECT_ROOT } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { descendantsOf, isAlive } from '../testing/process-tree.js';

/** the bound the test gives the shutdown (settings runtime.shutdownTimeoutMs), and the margin of the check */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** `npm start`'s process, as a newcomer runs it: no settings but ports and a fresh data dir. */
describe('npm start (embedded all-in-one)', () => {
  let child: ChildProcess | undefined;
  let tree: number[] = [];
  afterAll(() => {
    for (const pid of tree) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    child?.kill('SIGKILL');
  });

  it('serves the REST API and the extractor and face-cluster gRPC APIs from one process, says how to log in, and stops on SIGTERM to npm', {
    timeout: 180_000,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-start-'));
    const [apiPort, grpcPort, clusterPort] = [await freePort(), await freePort(), await freePort()];
    child = spawn('npm', ['start'], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        FREEFACE_DATA_DIR: dataDir,
        FREEFACE_API_PORT: String(apiPort),
        FREEFACE_EXTRACTOR_PORT: String(grpcPort),
        FREEFACE_CLUSTER_PORT: String(clusterPort),
        FREEFACE_LOG_LEVEL: 'warn',
        FREEFACE_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const until = Date.now() + 120_000;
    while (!output.includes('FreeFace is running') && Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // on 0.0.0.0: a URL that reaches it, and that it listens everywhere
    expect(output).toContain(`REST API      http://127.0.0.1:${apiPort}/api/v1 (listening on all interfaces)`);
    expect(output).toContain(`extractor     grpc://127.0.0.1:${grpcPort}`);
    expect(output).toContain(`face-cluster  grpc://127.0.0.1:${clusterPort}`);
    expect(output).toMatch(/detector {6}\S+/);
    expect(output).toMatch(/embedder {6}dlib-resnet-128/);

    // the file holds the password alone
    const password = readFileSync(join(dataDir, 'initial-admin-password'), 'utf8').replace(/\n$/, '');
    expect(password).toMatch(/^\S+$/);
    expect(output).toContain(`log in as admin with password ${password}`);
    const login = await fetch(`http://127.0.0.1:${apiPort}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const { access_token: token } = ((await login.json()) as { data: { access_token: string } }).data;
    // the login command of the banner works as printed
    const curl = output.split('\n').find((line) => line.trim().startsWith('curl ')) ?? '';
    const printed = JSON.parse(execFileSync('sh', ['-c', curl], { cwd: PROJECT_ROOT, encoding: 'utf8' }));
    expect(printed.data.access_token).toEqual(expect.any(String));
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
      const detected = await client.detect(faceImage('group/bbt1.jpg'));
      expect(detected.faces).toHaveLength(4);
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

    // SIGTERM to the process the user started (npm): everything stops within the bound, ports released
    const npm = child;
    tree = descendantsOf(npm.pid ?? 0);
    expect(tree.length).toBeGreaterThan(0);
    const exited = once(npm, 'exit');
    const sent = Date.now();
    npm.kill('SIGTERM');
    await Promise.race([
      exited,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`npm still running:\n${output}`)), SHUTDOWN_TIMEOUT_MS + 5000),
      ),
    ]);
    expect(Date.now() - sent).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5000);
    for (const port of [apiPort, grpcPort, clusterPort])
      expect(await isListening('127.0.0.1', port), `port ${port}`).toBe(false);
    expect(tree.filter(isAlive), 'processes left').toEqual([]);
    expect(output).toContain('SIGTERM: shutting down');
  });
});
