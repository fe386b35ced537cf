import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { loadConfig } from '@freeface/config';
import { describe, expect, it } from 'vitest';
import { backendAddress, isListening, requireBackend } from './require-backend.js';

describe('backend probing', () => {
  it('reads each backend address from the settings', () => {
    const config = loadConfig({
      FREEFACE_KAFKA_BROKERS: '10.0.0.1:9999,10.0.0.2:9092',
      FREEFACE_S3_ENDPOINT: 'http://127.0.0.1:9100',
      FREEFACE_REDIS_URL: 'redis://127.0.0.1:6400',
      FREEFACE_SCYLLA_PORT: '9142',
      FREEFACE_MILVUS_ADDRESS: 'localhost:19531',
    });
    expect(backendAddress('kafka', config)).toEqual({ host: '10.0.0.1', port: 9999 });
    expect(backendAddress('s3', config)).toEqual({ host: '127.0.0.1', port: 9100 });
    expect(backendAddress('redis', config)).toEqual({ host: '127.0.0.1', port: 6400 });
    expect(backendAddress('cassandra', config)).toEqual({ host: '127.0.0.1', port: 9142 });
    expect(backendAddress('milvus', config)).toEqual({ host: 'localhost', port: 19531 });
  });

  it('tells a listening port from a closed one', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    expect(await isListening('127.0.0.1', port)).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    expect(await isListening('127.0.0.1', port)).toBe(false);
  });
});

describe('requireBackend', () => {
  const closedPort = async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    return port;
  };

  it('reports a stopped backend as down so its suite skips', async () => {
    const config = loadConfig({ FREEFACE_REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    expect((await requireBackend('redis', config)).up).toBe(false);
  });

  it('fails instead when FREEFACE_REQUIRE_BACKENDS is set, saying how to start it', async () => {
    const config = loadConfig({
      FREEFACE_REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
      FREEFACE_REQUIRE_BACKENDS: 'true',
    });
    await expect(requireBackend('redis', config)).rejects.toThrow(/redis is not running .*npm run backends:up/);
  });
});
