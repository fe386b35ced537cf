import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@freeface/config';
import { createLogger, Metrics } from '@freeface/observability';
import { openStorage } from '@freeface/storage';
import { PROJECT_ROOT } from '@freeface/testing';
import { openVision } from '@freeface/vision';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';

export interface TestApi {
  app: FastifyInstance;
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * The real API over real models and real storage: the embedded profile in a fresh temp data dir unless
 * `env` says otherwise (e.g. FREEFACE_PROFILE=cluster with the real backends).
 */
export async function createTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config: Config = loadConfig({
    FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-api-')),
    FREEFACE_MODELS_DIR: join(PROJECT_ROOT, 'models/weights'),
    FREEFACE_LOG_LEVEL: 'silent',
    ...env,
  });
  const logger = createLogger({ name: 'api-test', level: config.runtime.logLevel });
  const [storage, vision] = await Promise.all([openStorage(config), openVision(config, logger)]);
  const deps: AppDeps = { config, logger, metrics: new Metrics('api-server'), storage, analyzer: vision.analyzer };
  const app = await buildApp(deps);
  return {
    app,
    deps,
    async close() {
      await app.close();
      await Promise.all([storage.close(), vision.close()]);
    },
  };
}
