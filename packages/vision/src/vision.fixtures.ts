// Shared by the vision tests: the real models (../shared/models and npm) and the real face images.
import { createLogger } from '@freeface/observability';
import { faceImage, faceLabels, TEST_MODELS_DIR } from '@freeface/testing';
import { createDetector } from './detect/create-detector.js';
import type { FaceDetector } from './detect/face-detector.js';
import { decodeImage } from './image/decode-image.js';
import { ModelRegistry } from './models/model-registry.js';
import { OnnxSessions } from './onnx/onnx-sessions.js';
import type { RgbImage } from './types.js';

export const TEST_LIMITS = { maxBytes: 15 * 1024 * 1024, maxPixels: 40_000_000, minSide: 16 };

export const testRegistry = (): ModelRegistry => ModelRegistry.load(TEST_MODELS_DIR);

export const testSessions = (): OnnxSessions =>
  new OnnxSessions(
    { executionProvider: 'cpu', intraOpThreads: 1, interOpThreads: 1, intraOpSpinning: false },
    createLogger({ name: 'vision-test', level: 'silent' }),
  );

/** A detector over the real model, with one shared session pool per test file. */
export function testDetectors() {
  const registry = testRegistry();
  const sessions = testSessions();
  return {
    registry,
    sessions,
    detector: (id: string, options = {}): Promise<FaceDetector> => createDetector(id, { registry, sessions }, options),
    close: () => sessions.close(),
  };
}

/** A test image decoded, by its path under ../shared/data/faces. */
export const loadFace = (relativePath: string): Promise<RgbImage> => decodeImage(faceImage(relativePath), TEST_LIMITS);

export const identityFiles = (): string[] => Object.values(faceLabels().identities).flat();
export const strangerFiles = (): string[] => faceLabels().strangers as string[];
export const groupFiles = (): Array<[string, { min: number; max: number }]> =>
  Object.entries(faceLabels().group).map(([file, l]) => [
    file,
    { min: l.faces ?? l.faces_min ?? 0, max: l.faces ?? l.faces_max ?? Number.POSITIVE_INFINITY },
  ]);
