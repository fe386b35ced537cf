import { DEFAULT_MODEL_PRESET } from '@freeface/config';
import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runRecognitionScenario } from './testing/recognition-scenario.js';
import { createTestApi, type TestApi } from './testing/test-api.js';

// The whole recognition and tracking scenario in the embedded profile: SQLite, HNSW, a folder, memory.

const faces = requireTestData('faces');
// the default preset: the accuracy a new user gets
const api = faces ? await createTestApi({ FREEFACE_MODEL_PRESET: DEFAULT_MODEL_PRESET }) : undefined;
afterAll(() => api?.close());

describe.skipIf(!faces)('recognition and tracking end to end (embedded)', () => {
  it('enrolls the identities, names the group photos, tracks, verifies and deletes', { timeout: 600_000 }, async () => {
    const result = await runRecognitionScenario(api as TestApi);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
