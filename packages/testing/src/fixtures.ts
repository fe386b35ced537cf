import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project root (this file is packages/testing/src/fixtures.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** ../shared beside the project: test images and test models, never committed. */
export const SHARED_DIR = fileURLToPath(new URL('../shared/', `file://${PROJECT_ROOT}`));

export const FACES_DIR = `${SHARED_DIR}data/faces/`;
export const TEST_MODELS_DIR = `${SHARED_DIR}models/`;

export interface FaceLabels {
  identities: Record<string, string[]>;
  group: Record<string, { faces?: number; faces_min?: number; faces_max?: number; [key: string]: unknown }>;
  strangers?: unknown;
}

/** ../shared/data/faces/labels.json; throws with a clear message when ../shared is missing. */
export function faceLabels(): FaceLabels {
  const file = `${FACES_DIR}labels.json`;
  if (!existsSync(file))
    throw new Error(`test images not found at ${FACES_DIR}: ../shared must sit beside the project`);
  return JSON.parse(readFileSync(file, 'utf8')) as FaceLabels;
}

/** Bytes of a test image, by its path relative to ../shared/data/faces (e.g. "group/bbt1.jpg"). */
export function faceImage(relativePath: string): Buffer {
  return readFileSync(`${FACES_DIR}${relativePath}`);
}
