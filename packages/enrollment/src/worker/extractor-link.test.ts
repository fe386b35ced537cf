import { loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import {
  deriveServiceToken,
  type ExtractorHandlers,
  extractorService,
  type RunningGrpcServer,
  startGrpcServer,
} from '@freeface/rpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultEmbedder, linkExtractor } from './extractor-link.js';

// The workers' link to the extractor in the cluster profile sends the service token its settings give it:
// derived from the JWT secret every pod shares, or FREEFACE_SERVICE_TOKEN; the extractor refuses it otherwise.

const JWT_SECRET = 'the JWT secret every pod of the test shares';
const logger = createLogger({ name: 'extractor-link-test', level: 'silent' });
const handlers: ExtractorHandlers = {
  detect: () => Promise.reject(new Error('not called')),
  extract: () => Promise.reject(new Error('not called')),
  extractBatch: async () => [],
  listModels: async () => [
    {
      id: 'emb',
      task: 'embed',
      architecture: 'a',
      description: 'd',
      present: true,
      dimension: 128,
      isDefault: true,
      licence: 'MIT',
      matchThreshold: 0.5,
    },
  ],
};
let server: RunningGrpcServer;
beforeAll(async () => {
  server = await startGrpcServer([extractorService(handlers, { logger })], {
    host: '127.0.0.1',
    port: 0,
    maxMessageBytes: 1 << 20,
    auth: { serviceToken: deriveServiceToken(JWT_SECRET), verifyApiKey: async () => undefined },
    logger,
  });
});
afterAll(() => server?.shutdown(100));

const linkWith = (env: Record<string, string>) =>
  linkExtractor(
    loadConfig({
      FREEFACE_PROFILE: 'cluster',
      FREEFACE_EXTRACTOR_ADDRESS: `127.0.0.1:${server.port}`,
      FREEFACE_EXTRACTOR_TIMEOUT_MS: '2000',
      ...env,
    }),
    logger,
  );

describe('the extractor link of the enrollment workers', () => {
  it('calls the extractor with the service token of the shared JWT secret', async () => {
    const { client } = linkWith({ FREEFACE_JWT_SECRET: JWT_SECRET });
    try {
      expect(await defaultEmbedder(client, logger, new AbortController().signal)).toEqual({
        id: 'emb',
        dimension: 128,
      });
    } finally {
      client.close();
    }
  });

  it('is refused with another service token', async () => {
    const { client } = linkWith({ FREEFACE_JWT_SECRET: JWT_SECRET, FREEFACE_SERVICE_TOKEN: 'x'.repeat(32) });
    try {
      await expect(client.listModels()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      client.close();
    }
  });
});
