import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { DLIB_RESNET_DIMENSION, DLIB_RESNET_INPUT_NAME, DLIB_RESNET_OUTPUT_NAME } from './dlib-resnet.converter.js';
import { DLIB_RESNET_FILE, prepareDlibResnet } from './dlib-resnet.prepare.js';

const dir = mkdtempSync(join(tmpdir(), 'dlib-prepare-'));
const config = { models: { dir: join(dir, 'weights') } };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prepareDlibResnet', () => {
  it('converts once into the models dir, saying so; a model onnxruntime opens with a batch dimension', async () => {
    const lines: string[] = [];
    const first = prepareDlibResnet(config, (line) => lines.push(line));
    expect(first).toEqual({ path: join(dir, 'weights', DLIB_RESNET_FILE), converted: true });
    expect(lines).toEqual([
      expect.stringMatching(/^dlib-resnet-128: converting the weights of @vladmandic\/face-api@/),
    ]);
    const session = await ort.InferenceSession.create(first.path);
    expect(session.inputNames).toEqual([DLIB_RESNET_INPUT_NAME]);
    expect(session.outputMetadata[0]).toMatchObject({
      name: DLIB_RESNET_OUTPUT_NAME,
      shape: ['batch', DLIB_RESNET_DIMENSION],
    });
    await session.release();

    const modified = statSync(first.path).mtimeMs;
    expect(prepareDlibResnet(config, (line) => lines.push(line)).converted).toBe(false);
    expect(lines).toHaveLength(1);
    expect(statSync(first.path).mtimeMs).toBe(modified);
  });

  it('converts again when the output is damaged or was made by another converter version', () => {
    const { path } = prepareDlibResnet(config);
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, 1000));
    expect(prepareDlibResnet(config).converted).toBe(true);
    expect(readFileSync(path).equals(good)).toBe(true);

    const stampPath = `${path}.stamp.json`;
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as { converterVersion: number };
    writeFileSync(stampPath, JSON.stringify({ ...stamp, converterVersion: stamp.converterVersion - 1 }));
    expect(prepareDlibResnet(config).converted).toBe(true);
    writeFileSync(stampPath, 'not json');
    expect(prepareDlibResnet(config).converted).toBe(true);
    expect(prepareDlibResnet(config).converted).toBe(false);
  });
});
