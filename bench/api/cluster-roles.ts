// The cluster profile for the server benchmarks: each role its own `freeface start --roles <role>` process
// against the real backends (`npm run backends:up`), in a keyspace, Milvus prefix and topic prefix of this run
// only (made by the migrations, erased at the end), and the CPU time a process spent (/proc/<pid>/stat).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Config, loadConfig } from '@freeface/config';
import { openEventBus } from '@freeface/events';
import { createLogger } from '@freeface/observability';
import { type MigrationTarget, migrateAll } from '@freeface/storage';
import { PROJECT_ROOT, requireBackend } from '@freeface/testing';
import { freePort, ServerProcess } from './server-process.js';

export type ClusterRole = 'api' | 'extractor' | 'enroll-worker' | 'cluster';

/** clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on every Linux this runs on) */
const USER_HZ = 100;

/** ms of CPU (user + system) the process `pid` has used so far, from /proc/<pid>/stat; 10 ms resolution. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // the fields after the command name, which is in parentheses and may hold spaces
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return ((utime + stime) * 1000) / USER_HZ;
}

export interface ClusterRun {
  readonly config: Config;
  readonly apiPort: number;
  readonly admin: { username: string; password: string };
  /** the running processes by role */
  readonly processes: ReadonlyMap<ClusterRole, ServerProcess>;
  /** the admin endpoint of a role (health and /metrics/prometheus), e.g. http://127.0.0.1:port */
  adminUrl(role: ClusterRole): string;
  /** starts a role (again); waits until its health answers ready */
  start(role: ClusterRole): Promise<ServerProcess>;
  /** SIGTERM, then SIGKILL after the grace */
  stop(role: ClusterRole): Promise<void>;
  /** stops every role, erases the keyspace, the collections and the topics of this run */
  close(): Promise<void>;
}

/**
 * Migrates a keyspace of its own and starts `roles` in that order (each waits until it is ready). Throws with
 * the hint of `npm run backends:up` when a backend is down.
 */
export async function startCluster(
  base: NodeJS.ProcessEnv,
  roles: readonly ClusterRole[],
  extra: NodeJS.ProcessEnv = {},
): Promise<ClusterRun> {
  for (const name of ['cassandra', 'milvus', 's3', 'redis', 'kafka'] as const) {
    if (!(await requireBackend(name)).up) throw new Error(`${name} is not running: start it with npm run backends:up`);
  }
  const suffix = randomBytes(4).toString('hex');
  const admin = { username: 'bench-admin', password: randomBytes(12).toString('hex') };
  const [apiPort, extractorPort, clusterPort, ...adminPorts] = await Promise.all(
    Array.from({ length: 7 }, () => freePort()),
  );
  const env: NodeJS.ProcessEnv = {
    ...base,
    FREEFACE_PROFILE: 'cluster',
    FREEFACE_JWT_SECRET: `bench-cluster-${randomBytes(16).toString('hex')}`,
    FREEFACE_SCYLLA_KEYSPACE: `ff_bench_${suffix}`,
    FREEFACE_SCYLLA_REPLICATION: 'SimpleStrategy:1',
    FREEFACE_SCYLLA_CONSISTENCY: 'one',
    FREEFACE_MILVUS_COLLECTION_PREFIX: `ff_bench_${suffix}`,
    FREEFACE_EVENTS_TOPIC_PREFIX: `ff-bench-${suffix}.`,
    FREEFACE_API_HOST: '127.0.0.1',
    FREEFACE_API_PORT: String(apiPort),
    FREEFACE_EXTRACTOR_HOST: '127.0.0.1',
    FREEFACE_EXTRACTOR_PORT: String(extractorPort),
    FREEFACE_EXTRACTOR_ADDRESS: `127.0.0.1:${extractorPort}`,
    FREEFACE_CLUSTER_PORT: String(clusterPort),
    FREEFACE_CLUSTER_ADDRESS: `127.0.0.1:${clusterPort}`,
    FREEFACE_ADMIN_USER: admin.username,
    FREEFACE_ADMIN_PASSWORD: admin.password,
    FREEFACE_RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
    FREEFACE_LOG_LEVEL: 'warn',
    ...extra,
  };
  const config = loadConfig(env);
  const targets: MigrationTarget[] = await migrateAll(config);
  const adminPortOf: Record<ClusterRole, number> = {
    api: adminPorts[0] as number,
    extractor: adminPorts[1] as number,
    'enroll-worker': adminPorts[2] as number,
    cluster: adminPorts[3] as number,
  };
  const processes = new Map<ClusterRole, ServerProcess>();
  const readyUrl = (role: ClusterRole) =>
    role === 'api'
      ? `http://127.0.0.1:${apiPort}/api/v1/health/ready`
      : `http://127.0.0.1:${adminPortOf[role]}/health/ready`;
  const run: ClusterRun = {
    config,
    apiPort: apiPort as number,
    admin,
    processes,
    adminUrl: (role) => `http://127.0.0.1:${adminPortOf[role]}`,
    async start(role) {
      const server = ServerProcess.start(PROJECT_ROOT, { ...env, FREEFACE_ADMIN_PORT: String(adminPortOf[role]) }, [
        '--roles',
        role,
      ]);
      processes.set(role, server);
      await server.waitUntilReady(readyUrl(role), 120_000);
      return server;
    },
    async stop(role) {
      await processes.get(role)?.stop();
      processes.delete(role);
    },
    async close() {
      for (const role of [...processes.keys()].reverse()) await run.stop(role);
      const { bus, topics } = await openEventBus(config, createLogger({ name: 'bench', level: 'warn' }));
      const names = [
        ...Object.values(topics.enrollRequests),
        topics.enrollResults,
        topics.faceEvents,
        topics.deadLetters,
      ];
      await bus.deleteTopics(names.map((t) => t.name)).catch(() => {});
      await bus.close();
      for (const target of targets) {
        await target.erase().catch(() => {});
        await target.close();
      }
    },
  };
  for (const role of roles) await run.start(role);
  return run;
}
