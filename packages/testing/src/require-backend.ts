import { connect } from 'node:net';
import { type Config, loadConfig } from '@freeface/config';

export type BackendName = 'kafka' | 'cassandra' | 'milvus' | 's3' | 'redis';

/** Where each backend listens, read from the settings. */
export function backendAddress(name: BackendName, config: Config): { host: string; port: number } {
  const hostPort = (value: string, fallbackPort: number) => {
    const [host = '127.0.0.1', port] = value.split(':');
    return { host, port: port ? Number(port) : fallbackPort };
  };
  switch (name) {
    case 'kafka':
      return hostPort(config.kafka.brokers[0] ?? '', 9092);
    case 'cassandra':
      return { host: config.scylla.hosts[0] ?? '127.0.0.1', port: config.scylla.port };
    case 'milvus':
      return hostPort(config.milvus.address, 19530);
    case 's3': {
      const url = new URL(config.s3.endpoint);
      return { host: url.hostname, port: Number(url.port || 80) };
    }
    case 'redis': {
      const url = new URL(config.redis.url);
      return { host: url.hostname, port: Number(url.port || 6379) };
    }
  }
}

export function isListening(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * For suites that need a real backend: tells whether it is running. When it is not, the suite skips
 * with a hint to start it, or, with FREEFACE_REQUIRE_BACKENDS=1 (CI), this throws so the run fails.
 */
export async function requireBackend(
  name: BackendName,
  config: Config = loadConfig(),
): Promise<{ up: boolean; config: Config }> {
  const { host, port } = backendAddress(name, config);
  const up = await isListening(host, port);
  if (!up) {
    const message = `${name} is not running on ${host}:${port}: start it with \`npm run backends:up\``;
    if (config.dev.requireBackends) throw new Error(`${message} (FREEFACE_REQUIRE_BACKENDS is set, so this fails)`);
    console.warn(`skipping ${name} tests: ${message}`);
  }
  return { up, config };
}
