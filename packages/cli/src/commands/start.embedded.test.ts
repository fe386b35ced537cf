import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { ExtractorClient, FaceClusterClient, type RpcError } from '@freeface/rpc';
import { withServiceToken } from '@freeface/runtime';
import { faceImage, freePort, isListening, PROJECT_ROOT, requireTestData } from '@freeface/testing';
import { chooseModels, ModelRegistry } from '@freeface/vision';
import { afterAll, describe, expect, it } from 'vitest';
import { descendantsOf, isAlive } from '../testing/process-tree.js';

const faces = requireTestData('faces');

/** the bound the test gives the shutdown (settings runtime.shutdownTimeoutMs), and the margin of the check */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** the platform as a user starts it (`npm start`, `npx freeface start`): no settings but ports and a fresh data dir */
async function startAsAUser(command: string, args: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ff-start-'));
  const [apiPort, grpcPort, clusterPort] = [await freePort(), await freePort(), await freePort()];
  const child = spawn(command, args, {
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
  const started = { child, dataDir, ports: [apiPort, grpcPort, clusterPort] as const, output: '' };
  child.stdout?.on('data', (chunk) => {
    started.output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    started.output += chunk;
  });
  const until = Date.now() + 120_000;
  while (!started.output.includes('FreeFace is running') && Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}:\n${started.output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return started;
}

/** SIGTERM to the process the user started: it and every process under it end within the bound, ports free. */
async function stopAsAUser({ child, ports }: Awaited<ReturnType<typeof startAsAUser>>, tree: number[]) {
  tree.push(...descendantsOf(child.pid ?? 0));
  expect(tree.length).toBeGreaterThan(0);
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await Promise.race([
    exited,
    new Promise((_, reject) => setTimeout(() => reject(new Error('still running')), SHUTDOWN_TIMEOUT_MS + 5000)),
  ]);
  // what was under it (npx: the shell and node) ends too, and lets go of the ports
  const until = Date.now() + SHUTDOWN_TIMEOUT_MS + 5000;
  while (tree.some(isAlive) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
  expect(tree.filter(isAlive), 'processes left').toEqual([]);
  for (const port of ports) expect(await isListening('127.0.0.1', port), `port ${port}`).toBe(false);
}

describe('npm start (embedded all-in-one)', () => {
  let child: ChildProcess | undefined;
  const tree: number[] = [];
  afterAll(() => {
    for (const pid of tree) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    child?.kill('SIGKILL');
  });

  it('serves the REST API and the extractor and face-cluster gRPC APIs from one process, says how to log in, and stops on SIGTERM to npm', {
    timeout: 180_000,
  }, async () => {
    const started = await startAsAUser('npm', ['start']);
    child = started.child;
    const { dataDir, output } = started;
    const [apiPort, grpcPort, clusterPort] = started.ports;
    // on 0.0.0.0: a URL that reaches it, and that it listens everywhere
    expect(output).toContain(`REST API      http://127.0.0.1:${apiPort}/api/v1 (listening on all interfaces)`);
    expect(output).toContain(`extractor     grpc://127.0.0.1:${grpcPort}`);
    expect(output).toContain(`face-cluster  grpc://127.0.0.1:${clusterPort}`);
    expect(output).toMatch(/detector {6}\S+/);
    // the default preset (accurate), or fast where its models are not prepared; the banner says which and why
    const chosen = chooseModels(loadConfig({}), ModelRegistry.load(join(PROJECT_ROOT, 'models/weights')));
    expect(output).toContain(`embedder      ${chosen.models.embedder}`);
    expect(output).toContain(chosen.choice);

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

    // gRPC: the service token of the platform's own processes (derived from the JWT secret in the data dir)
    const { auth } = await withServiceToken(loadConfig({ FREEFACE_DATA_DIR: dataDir }));
    const serviceToken = auth.serviceToken as string;
    const client = new ExtractorClient({
      address: `127.0.0.1:${grpcPort}`,
      timeoutMs: 20_000,
      maxMessageBytes: 16 * 1024 * 1024,
      credential: { serviceToken },
    });
    try {
      expect(await client.health()).toBe('SERVING');
      expect(await client.listModels()).toContainEqual(
        expect.objectContaining({ id: chosen.models.embedder, isDefault: true }),
      );
      // only this detection on a real photo needs the shared images; the rest of the start-up runs without them
      if (faces) expect((await client.detect(faceImage('group/bbt1.jpg'))).faces).toHaveLength(4);
    } finally {
      client.close();
    }
    // a person's API key, made through the REST API: a viewer's reads the clusters but merges no persons
    const made = await fetch(`http://127.0.0.1:${apiPort}/api/v1/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'grpc-viewer', role: 'viewer' }),
    });
    const { key } = ((await made.json()) as { data: { key: string } }).data;
    const clusterClient = (credential?: { apiKey: string }) =>
      new FaceClusterClient({ address: `127.0.0.1:${clusterPort}`, timeoutMs: 20_000, credential });
    const [anonymous, viewer] = [clusterClient(), clusterClient({ apiKey: key })];
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: RpcError) => e.status,
      );
    try {
      expect(await anonymous.health()).toBe('SERVING');
      expect(await failure(anonymous.listClusters())).toBe('UNAUTHENTICATED');
      expect(await viewer.listClusters()).toEqual({ model: chosen.models.embedder, clusters: [], total: 0 });
      expect(await failure(viewer.mergePersons('p1', 'p2'))).toBe('PERMISSION_DENIED');
    } finally {
      anonymous.close();
      viewer.close();
    }

    // SIGTERM to the process the user started (npm): everything stops within the bound, ports released
    await stopAsAUser(started, tree);
    expect(started.output).toContain('SIGTERM: shutting down');
  });

  it('stops on SIGTERM to npx freeface start too, whose shell does not pass the signal on', {
    timeout: 180_000,
  }, async () => {
    const started = await startAsAUser('npx', ['freeface', 'start']);
    child = started.child;
    await stopAsAUser(started, tree);
    expect(started.output).toMatch(/the process that started it \(pid \d+\) exited: shutting down/);
  });
});
