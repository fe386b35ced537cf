import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_MODELS_DIR } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelError } from '../vision-errors.js';
import { ModelRegistry } from './model-registry.js';
import type { Fetch } from './pull-model.js';
import { pullModel } from './pull-model.js';

const content = Buffer.from('weights of a downloadable model');
const sha256 = createHash('sha256').update(content).digest('hex');
const base = ModelRegistry.load(TEST_MODELS_DIR).entry('mobilefacenet-128');
const url = 'https://models.example/d.onnx';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
function registry(expected = sha256) {
  dir = mkdtempSync(join(tmpdir(), 'freeface-pull-'));
  const models = [{ ...base, id: 'd', weights: { url, sha256: expected, file: 'd.onnx' } }, base];
  return new ModelRegistry({ version: 1, models }, join(dir, 'weights'));
}
const serving =
  (body: Uint8Array, status = 200): Fetch =>
  async () =>
    new Response(body, { status });

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
}

describe('pullModel', () => {
  it('downloads, checks the sha256 and saves under the manifest name; a second pull keeps the file', async () => {
    const models = registry();
    const calls: string[] = [];
    const fetchUrl: Fetch = async (u) => {
      calls.push(u);
      return new Response(content);
    };
    expect(await pullModel(models, 'd', fetchUrl)).toEqual({
      id: 'd',
      path: join(dir, 'weights', 'd.onnx'),
      downloaded: true,
    });
    expect(readFileSync(join(dir, 'weights', 'd.onnx')).equals(content)).toBe(true);
    expect((await pullModel(models, 'd', fetchUrl)).downloaded).toBe(false);
    expect(calls).toEqual([url]);
  });

  it('saves nothing when the checksum differs', async () => {
    const models = registry('f'.repeat(64));
    expect((await failure(pullModel(models, 'd', serving(content)))).code).toBe('MODEL_CHECKSUM_MISMATCH');
    expect(existsSync(join(dir, 'weights')) ? readdirSync(join(dir, 'weights')) : []).toEqual([]);
  });

  it('explains a network failure and an HTTP error', async () => {
    const models = registry();
    const offline: Fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND models.example') });
    };
    const error = await failure(pullModel(models, 'd', offline));
    expect(error.code).toBe('MODEL_DOWNLOAD_FAILED');
    expect(error.message).toMatch(/ENOTFOUND.*put it in the models folder/);
    expect((await failure(pullModel(models, 'd', serving(content, 404)))).message).toMatch(/HTTP 404/);
  });

  it('refuses models that are not downloadable', async () => {
    expect((await failure(pullModel(registry(), 'mobilefacenet-128', serving(content)))).code).toBe(
      'MODEL_NOT_SUPPORTED',
    );
  });
});
