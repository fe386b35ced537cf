import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEnvSample } from './env-sample.js';
import { ConfigError, loadConfig, tracingRequested } from './load-config.js';
import { allSettings } from './settings.js';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to refuse these settings');
};

describe('loadConfig', () => {
  it('gives the documented defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.runtime.profile).toBe('embedded');
    expect(config.runtime.dataDir).toBe('./data');
    expect(config.api.port).toBe(8080);
    expect(config.extractor.port).toBe(50051);
    expect(config.cluster.port).toBe(50053);
    expect(config.api.adminPort).toBe(7998);
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(config.dev.requireBackends).toBe(false);
    expect(config.auth.adminUser).toBeUndefined();
  });

  it('reads and converts values from the environment', () => {
    const config = loadConfig({
      FREEFACE_PROFILE: 'cluster',
      FREEFACE_JWT_SECRET: 'x'.repeat(32),
      FREEFACE_API_PORT: '9090',
      FREEFACE_KAFKA_BROKERS: 'a:9092, b:9092',
      FREEFACE_REQUIRE_BACKENDS: '1',
      FREEFACE_MATCH_THRESHOLD: '0.42',
      FREEFACE_ADMIN_USER: 'root',
      FREEFACE_ADMIN_PASSWORD: 'correct horse',
    });
    expect(config.runtime.profile).toBe('cluster');
    expect(config.api.port).toBe(9090);
    expect(config.kafka.brokers).toEqual(['a:9092', 'b:9092']);
    expect(config.dev.requireBackends).toBe(true);
    expect(config.matching.threshold).toBe(0.42);
    expect(config.auth.adminUser).toBe('root');
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ FREEFACE_API_PORT: '' }).api.port).toBe(8080);
  });

  it('names each bad variable and what it expects', () => {
    const problems = problemsOf({
      FREEFACE_API_PORT: 'eighty',
      FREEFACE_PROFILE: 'cloud',
      FREEFACE_MATCH_THRESHOLD: '1.5',
      FREEFACE_REQUIRE_BACKENDS: 'maybe',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/FREEFACE_API_PORT="eighty": expected a port/);
    expect(problems.join('\n')).toMatch(/FREEFACE_PROFILE="cloud": expected one of: embedded, cluster/);
    expect(problems.join('\n')).toMatch(/FREEFACE_MATCH_THRESHOLD="1.5": expected a number from 0 to 1/);
    expect(problems.join('\n')).toMatch(/FREEFACE_REQUIRE_BACKENDS="maybe": expected true or false/);
  });

  it('refuses a port out of range and a malformed replication', () => {
    expect(problemsOf({ FREEFACE_API_PORT: '70000' })[0]).toMatch(/from 1 to 65535/);
    expect(problemsOf({ FREEFACE_SCYLLA_REPLICATION: 'Simple' })[0]).toMatch(
      /FREEFACE_SCYLLA_REPLICATION="Simple": expected SimpleStrategy:N/,
    );
    expect(loadConfig({ FREEFACE_SCYLLA_REPLICATION: 'NetworkTopologyStrategy:dc1=3,dc2=3' }).scylla.replication).toBe(
      'NetworkTopologyStrategy:dc1=3,dc2=3',
    );
  });

  it('refuses unknown FREEFACE_ variables, so a typo does not pass silently', () => {
    expect(problemsOf({ FREEFACE_API_PROT: '1' })).toEqual([
      'FREEFACE_API_PROT: unknown setting (see .env.sample for every setting)',
    ]);
    expect(() => loadConfig({ HOME: '/root', PATH: '/bin' })).not.toThrow();
  });

  it('needs a JWT secret in the cluster profile and both admin settings or neither', () => {
    expect(problemsOf({ FREEFACE_PROFILE: 'cluster' })[0]).toMatch(/^FREEFACE_JWT_SECRET: required/);
    expect(problemsOf({ FREEFACE_ADMIN_USER: 'root' })[0]).toMatch(/set both or neither/);
  });

  it('hides the value of a secret in its error', () => {
    const [problem] = problemsOf({ FREEFACE_JWT_SECRET: 'hunter2' });
    expect(problem).toBe('FREEFACE_JWT_SECRET=(hidden): expected at least 32 characters');
  });
});

describe('tracingRequested', () => {
  it('asks for the instrumentations exactly when loadConfig would have an OTLP endpoint', () => {
    for (const env of [{}, { FREEFACE_OTLP_ENDPOINT: '  ' }, { FREEFACE_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }]) {
      expect(tracingRequested(env)).toBe(loadConfig(env).telemetry.otlpEndpoint !== undefined);
    }
  });
});

describe('settings schema', () => {
  it('names every variable FREEFACE_* once', () => {
    const names = allSettings().map((s) => s.env);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^FREEFACE_[A-Z0-9_]+$/);
  });

  it('is in step with .env.sample (regenerate with npm run env:sample)', () => {
    const sample = readFileSync(new URL('../../../.env.sample', import.meta.url), 'utf8');
    expect(sample).toBe(renderEnvSample());
    const listed = [...sample.matchAll(/^(FREEFACE_[A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(listed).toEqual(allSettings().map((s) => s.env));
  });

  it('accepts every default written in .env.sample', () => {
    const sample = readFileSync(new URL('../../../.env.sample', import.meta.url), 'utf8');
    const env = Object.fromEntries([...sample.matchAll(/^(FREEFACE_[A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    // the same settings, but the preset is written, so chosen: the default's fallback to fast is off
    const defaults = loadConfig({});
    expect(loadConfig(env)).toEqual({ ...defaults, models: { ...defaults.models, fallbackPreset: undefined } });
  });
});
