import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { freePort } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { initialPasswordFile } from './auth/bootstrap-admin.js';
import { type BannerFacts, startupBanner } from './startup-banner.js';

const analyzer = {
  detector: { id: 'retinaface-mnet' },
  embedder: { id: 'dlib-resnet-128' },
} as BannerFacts['analyzer'];
const registry = {
  entry: (id: string) => {
    if (id === 'retinaface-mnet') return { licence: 'MIT' };
    throw new Error(`unknown model ${id}`);
  },
} as unknown as BannerFacts['registry'];

/** The body the banner's curl command sends, as a server on `port` receives it. */
async function bodyOfCurl(banner: string, port: number): Promise<unknown> {
  const curl = banner.split('\n').find((line) => line.trim().startsWith('curl ')) ?? '';
  expect(curl).toContain(`http://127.0.0.1:${port}/api/v1/auth/login`);
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => res.end(body));
  }).listen(port, '127.0.0.1');
  await once(server, 'listening');
  try {
    // asynchronous: the server answers in this process
    const out = await new Promise<string>((resolve, reject) =>
      execFile('sh', ['-c', curl], (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    return JSON.parse(out);
  } finally {
    server.close();
  }
}

describe('startupBanner', () => {
  it('on every interface: a URL that reaches the API, the models with their licence, the gRPC ports', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-banner-'));
    const config = loadConfig({ FREEFACE_DATA_DIR: dataDir, FREEFACE_API_PORT: '8080' });
    const passwordFile = initialPasswordFile(dataDir);
    const banner = startupBanner({
      config,
      admin: { generated: 'pw-1', passwordFile },
      endpoints: [
        { name: 'REST API', scheme: 'http', host: '0.0.0.0', port: 8080 },
        { name: 'extractor', scheme: 'grpc', host: '0.0.0.0', port: 50051 },
        { name: 'face-cluster', scheme: 'grpc', host: '127.0.0.1', port: 50053 },
      ],
      analyzer,
      registry,
      modelNotes: ['preset accurate, the default'],
    });
    expect(banner).toContain('REST API      http://127.0.0.1:8080/api/v1 (listening on all interfaces)');
    expect(banner).toContain('API docs      http://127.0.0.1:8080/docs');
    expect(banner).toContain('extractor     grpc://127.0.0.1:50051 (gRPC, reflection on; listening on all interfaces)');
    expect(banner).toContain('face-cluster  grpc://127.0.0.1:50053 (gRPC, reflection on)\n');
    expect(banner).toContain('detector      retinaface-mnet (licence MIT)');
    expect(banner).toContain('embedder      dlib-resnet-128\n                preset accurate, the default\n');
    expect(banner).not.toContain('localhost');
    expect(banner).toContain(`log in as admin with password pw-1 (also in ${passwordFile})`);
  });

  it('prints a login command that sends the password of the file, as printed, on first start and after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-banner-'));
    const port = await freePort();
    const config = loadConfig({ FREEFACE_DATA_DIR: dataDir, FREEFACE_API_PORT: String(port) });
    const passwordFile = initialPasswordFile(dataDir);
    writeFileSync(passwordFile, 'the-Password_1\n');
    const facts = { config, endpoints: [], analyzer, registry };
    const first = startupBanner({ ...facts, admin: { generated: 'the-Password_1', passwordFile } });
    expect(await bodyOfCurl(first, port)).toEqual({ username: 'admin', password: 'the-Password_1' });
    // a restart: the admin exists, no setting names one, the file is still there
    const again = startupBanner({ ...facts, admin: 'not configured' });
    expect(again).toContain(`log in as admin with the password in ${passwordFile}`);
    expect(await bodyOfCurl(again, port)).toEqual({ username: 'admin', password: 'the-Password_1' });
  });

  it('without the file, says how to get in: FREEFACE_ADMIN_USER or freeface users reset-password', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-banner-'));
    rmSync(initialPasswordFile(dataDir), { force: true });
    const config = loadConfig({ FREEFACE_DATA_DIR: dataDir, FREEFACE_API_HOST: '127.0.0.1' });
    const banner = startupBanner({ config, admin: 'not configured', endpoints: [], analyzer, registry });
    expect(banner).toContain('FREEFACE_ADMIN_USER');
    expect(banner).toContain('npx freeface users reset-password <username>');
    expect(banner).toContain('REST API      http://127.0.0.1:8080/api/v1\n');
    const named = loadConfig({ FREEFACE_DATA_DIR: dataDir, FREEFACE_ADMIN_USER: 'root', FREEFACE_ADMIN_PASSWORD: 'x' });
    const withUser = startupBanner({ config: named, admin: 'exists', endpoints: [], analyzer, registry });
    expect(withUser).toContain('log in as root with FREEFACE_ADMIN_PASSWORD');
    expect(withUser).toContain('\\"username\\":\\"root\\",\\"password\\":\\"$FREEFACE_ADMIN_PASSWORD\\"');
  });
});
