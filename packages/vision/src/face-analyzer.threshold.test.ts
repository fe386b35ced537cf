import { describe, expect, it } from 'vitest';
import { ARCFACE_112 } from './align/face-templates.js';
import type { FaceDetector } from './detect/face-detector.js';
import type { Embedder } from './embed/embedder.js';
import { FaceAnalyzer } from './face-analyzer.js';
import { ModelRegistry } from './models/model-registry.js';

const detector = { id: 'd', detect: async () => [] } as unknown as FaceDetector;
const embedder = (matchThreshold?: number): Embedder => ({
  id: 'e',
  dimension: 2,
  template: ARCFACE_112,
  ...(matchThreshold === undefined ? {} : { matchThreshold }),
  embed: async () => [],
});
const settings = (threshold?: number) => ({
  images: { maxBytes: 1e6, maxPixels: 1e6, minSide: 16 },
  quality: { threshold: 0, minFaceSize: 40, minDetectionScore: 0.7, minSharpness: 40 },
  matching: { threshold },
});

describe('FaceAnalyzer.matchThreshold', () => {
  it("uses the embedder's measured threshold unless the settings override it", () => {
    expect(new FaceAnalyzer(detector, embedder(0.91), settings()).matchThreshold).toBe(0.91);
    expect(new FaceAnalyzer(detector, embedder(0.91), settings(0.5)).matchThreshold).toBe(0.5);
  });

  it('refuses to start without any threshold, saying which setting to set', () => {
    expect(() => new FaceAnalyzer(detector, embedder(), settings())).toThrow(/FREEFACE_MATCH_THRESHOLD/);
  });

  it('has a measured threshold for every embedder whose weights come with the platform', () => {
    const registry = ModelRegistry.load('/nonexistent');
    for (const id of ['dlib-resnet-128', 'mobilefacenet-128']) {
      expect(registry.entry(id).matchThreshold, id).toBeGreaterThan(0);
    }
  });
});
