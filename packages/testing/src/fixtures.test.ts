import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faceImage, faceLabels, requireTestData, TEST_MODELS_DIR } from './fixtures.js';

const shared = requireTestData('faces', 'models');

describe.skipIf(!shared)('shared fixtures', () => {
  it('finds the labelled faces and the test models beside the project', () => {
    const labels = faceLabels();
    expect(Object.keys(labels.identities)).toHaveLength(8);
    const first = Object.values(labels.identities)[0]?.[0] ?? '';
    expect(faceImage(first).subarray(1, 4).toString()).toBe('PNG');
    expect(existsSync(`${TEST_MODELS_DIR}retinaface-mnet025.onnx`)).toBe(true);
  });
});
