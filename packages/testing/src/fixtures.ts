import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@freeface/config';
import { requireAvailable } from './require-available.js';

/** The project root (this file is packages/testing/src/fixtures.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const settings = loadConfig().dev;

/**
 * The shared test data, never committed: FREEFACE_TEST_DATA, or ../shared beside the project. It holds
 * data/faces (labelled face images, labels.json) and models (the test models, e.g. RetinaFace, MobileFaceNet).
 */
export const SHARED_DIR = `${resolve(settings.testData ?? resolve(PROJECT_ROOT, '../shared'))}/`;

export const FACES_DIR = `${SHARED_DIR}data/faces/`;
export const TEST_MODELS_DIR = `${SHARED_DIR}models/`;

export type TestData = 'faces' | 'models';

const marker: Record<TestData, string> = {
  faces: `${FACES_DIR}labels.json`,
  models: `${TEST_MODELS_DIR}retinaface-mnet025.onnx`,
};
const what: Record<TestData, string> = { faces: 'the shared test images', models: 'the shared test models' };

/** Whether the shared test images (`faces`) or test models (`models`) are here. */
export const hasTestData = (kind: TestData): boolean => existsSync(marker[kind]);

/**
 * For suites that need the shared test data: tells whether each kind is here. When one is not, the suite
 * skips with one line saying what is missing and how to provide it, or, with FREEFACE_REQUIRE_BACKENDS=1
 * (CI), this throws so the run fails.
 */
export function requireTestData(...kinds: TestData[]): boolean {
  const missing = kinds.filter(
    (kind) =>
      !requireAvailable(
        what[kind],
        hasTestData(kind),
        `are not there (${marker[kind]} not found): put the shared folder beside the project as ../shared, ` +
          'or set FREEFACE_TEST_DATA to a folder of the same layout',
      ),
  );
  return missing.length === 0;
}

export interface FaceLabels {
  identities: Record<string, string[]>;
  group: Record<string, { faces?: number; faces_min?: number; faces_max?: number; [key: string]: unknown }>;
  strangers?: unknown;
}

/** data/faces/labels.json of the shared test data; throws with a clear message when it is missing. */
export function faceLabels(): FaceLabels {
  const file = `${FACES_DIR}labels.json`;
  if (!existsSync(file))
    throw new Error(`test images not found at ${FACES_DIR}: see requireTestData('faces') in @freeface/testing`);
  return JSON.parse(readFileSync(file, 'utf8')) as FaceLabels;
}

/** Bytes of a test image, by its path relative to data/faces (e.g. "group/bbt1.jpg"). */
export function faceImage(relativePath: string): Buffer {
  return readFileSync(`${FACES_DIR}${relativePath}`);
}
