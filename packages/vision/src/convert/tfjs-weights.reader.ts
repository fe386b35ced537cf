// Reads TF.js layers/graph weights (a weights manifest and its .bin shards) into float32 arrays,
// undoing TF.js's affine 8- and 16-bit quantisation (value = q * scale + min).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface WeightTensor {
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

interface ManifestEntry {
  readonly name: string;
  readonly shape: number[];
  readonly dtype: string;
  readonly quantization?: { readonly dtype: string; readonly scale?: number; readonly min?: number };
}

interface ManifestGroup {
  readonly paths: string[];
  readonly weights: ManifestEntry[];
}

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

function byteWidth(entry: ManifestEntry): number {
  if (entry.dtype !== 'float32') throw new Error(`weight ${entry.name}: dtype ${entry.dtype} is not supported`);
  const quantization = entry.quantization;
  if (!quantization) return 4;
  const { dtype, scale, min } = quantization;
  if ((dtype !== 'uint8' && dtype !== 'uint16') || scale === undefined || min === undefined)
    throw new Error(
      `weight ${entry.name}: quantisation ${dtype} is not supported (uint8 and uint16 with scale and min are)`,
    );
  return dtype === 'uint8' ? 1 : 2;
}

function decodeEntry(entry: ManifestEntry, bytes: Buffer, offset: number, width: number): Float32Array {
  const values = new Float32Array(sizeOf(entry.shape));
  const { scale = 1, min = 0 } = entry.quantization ?? {};
  for (let i = 0; i < values.length; i++) {
    if (width === 4) values[i] = bytes.readFloatLE(offset + i * 4);
    else values[i] = (width === 1 ? bytes.readUInt8(offset + i) : bytes.readUInt16LE(offset + i * 2)) * scale + min;
  }
  return values;
}

/** Every tensor of a TF.js weights manifest, by name, dequantised to float32. */
export function readTfjsWeights(manifestPath: string): Map<string, WeightTensor> {
  const groups = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestGroup[];
  const tensors = new Map<string, WeightTensor>();
  for (const group of groups) {
    const bytes = Buffer.concat(group.paths.map((path) => readFileSync(join(dirname(manifestPath), path))));
    let offset = 0;
    for (const entry of group.weights) {
      const width = byteWidth(entry);
      const length = sizeOf(entry.shape) * width;
      if (offset + length > bytes.length) throw new Error(`weight ${entry.name} runs past the end of ${group.paths}`);
      tensors.set(entry.name, { shape: entry.shape, values: decodeEntry(entry, bytes, offset, width) });
      offset += length;
    }
    if (offset !== bytes.length) throw new Error(`${bytes.length - offset} bytes left over in ${group.paths}`);
  }
  return tensors;
}
