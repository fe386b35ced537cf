import { existsSync } from 'node:fs';
import type { Config } from '@freeface/config';
import type { FaceAnalyzer, ModelRegistry } from '@freeface/vision';
import { API_PREFIX } from './app.js';
import { type BootstrapResult, initialPasswordFile } from './auth/bootstrap-admin.js';

export interface BannerFacts {
  readonly config: Config;
  readonly admin: BootstrapResult;
  /** where the process listens: the REST API's and the gRPC APIs' */
  readonly endpoints: ReadonlyArray<{ name: string; scheme: 'http' | 'grpc'; host: string; port: number }>;
  readonly analyzer: Pick<FaceAnalyzer, 'detector' | 'embedder'>;
  /** where the models' licences are; without it the banner names the models alone */
  readonly registry?: Pick<ModelRegistry, 'entry'> | undefined;
  /** why this pair runs (Vision.choice), and what waits for a re-embedding */
  readonly modelNotes?: readonly string[] | undefined;
}

const ANY_HOSTS = new Set(['0.0.0.0', '::', '']);

/** An address to reach a server bound to host from this machine, and how the host is described. */
function reach(host: string): { host: string; note: string } {
  if (ANY_HOSTS.has(host)) return { host: '127.0.0.1', note: 'listening on all interfaces' };
  return { host: host.includes(':') ? `[${host}]` : host, note: '' };
}

/** The argument as the shell reads it (inside double quotes: `$(cat 'x')`). */
const shellWord = (value: string) => (/^[\w./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`);

function modelLine(task: string, id: string, registry: BannerFacts['registry']): string {
  let licence: string | undefined;
  try {
    licence = registry?.entry(id).licence;
  } catch {
    licence = undefined; // a model outside the manifest
  }
  return `  ${task.padEnd(14)}${id}${licence ? ` (licence ${licence})` : ''}`;
}

/** How to log in, and the password as the shell gets it in the curl command (a shell expression). */
function loginOf({ config, admin }: BannerFacts): { lines: string[]; username: string; password: string } {
  const file = initialPasswordFile(config.runtime.dataDir);
  const fromFile = `$(cat ${shellWord(file)})`;
  if (typeof admin === 'object') {
    return {
      lines: [`  log in as admin with password ${admin.generated} (also in ${admin.passwordFile}):`],
      username: 'admin',
      password: fromFile,
    };
  }
  if (config.auth.adminUser) {
    return {
      lines: [`  log in as ${config.auth.adminUser} with FREEFACE_ADMIN_PASSWORD:`],
      username: config.auth.adminUser,
      password: '$FREEFACE_ADMIN_PASSWORD',
    };
  }
  if (config.runtime.profile === 'embedded' && existsSync(file)) {
    return { lines: [`  log in as admin with the password in ${file}:`], username: 'admin', password: fromFile };
  }
  return {
    lines: [
      '  log in with a user an admin made (POST /api/v1/users); to create the first admin set FREEFACE_ADMIN_USER',
      '  and FREEFACE_ADMIN_PASSWORD, or set a new password with `npx freeface users reset-password <username>`:',
    ],
    username: config.auth.adminUser ?? 'admin',
    password: '$PASSWORD',
  };
}

/** What a person needs after `npm start`: where the API is, which models run, and how to log in. */
export function startupBanner(facts: BannerFacts): string {
  const { config, endpoints, analyzer, registry } = facts;
  const api = reach(config.api.host);
  const base = `http://${api.host}:${config.api.port}`;
  const grpc = endpoints
    .filter((e) => e.scheme === 'grpc')
    .map((e) => {
      const where = reach(e.host);
      return `  ${e.name.padEnd(14)}grpc://${where.host}:${e.port} (gRPC, reflection on${where.note ? `; ${where.note}` : ''})`;
    });
  const login = loginOf(facts);
  const body = `{\\"username\\":\\"${login.username}\\",\\"password\\":\\"${login.password}\\"}`;
  return [
    '',
    `FreeFace is running (${config.runtime.profile} profile${config.runtime.profile === 'embedded' ? `, data in ${config.runtime.dataDir}` : ''})`,
    `  REST API      ${base}${API_PREFIX}${api.note ? ` (${api.note})` : ''}`,
    `  API docs      ${base}/docs`,
    `  web console   ${base}/admin/`,
    ...grpc,
    modelLine('detector', analyzer.detector.id, registry),
    modelLine('embedder', analyzer.embedder.id, registry),
    ...(facts.modelNotes ?? []).map((note) => `  ${''.padEnd(14)}${note}`),
    ...login.lines,
    `  curl -s -X POST ${base}${API_PREFIX}/auth/login -H 'content-type: application/json' -d "${body}"`,
    '',
  ].join('\n');
}
