import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readArchiveEntry, readTarGzEntry, readZipEntry } from './archive-reader.js';

const asText = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : bytes);

/** A zip of `files`, the first stored, the others deflated (as wheels mix them). */
function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  Object.entries(files).forEach(([name, content], i) => {
    const raw = Buffer.from(content);
    const data = i === 0 ? raw : deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(i === 0 ? 0 : 8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(i === 0 ? 0 : 8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A gzipped ustar archive of `files`. */
function tarGz(files: Record<string, string>): Uint8Array {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write('0', 156);
    header.write('ustar\0', 257);
    blocks.push(header, Buffer.from(content), Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  return gzipSync(Buffer.concat([...blocks, Buffer.alloc(1024)]));
}

describe('archive reader', () => {
  it('reads stored and deflated files out of a zip (a wheel), undefined for a missing one', () => {
    const archive = zip({ 'pkg/a.txt': 'stored', 'pkg/models/b.onnx': 'deflated '.repeat(100) });
    expect(asText(readZipEntry(archive, 'pkg/a.txt'))).toBe('stored');
    expect(asText(readArchiveEntry('wheel', archive, 'pkg/models/b.onnx'))).toBe('deflated '.repeat(100));
    expect(readZipEntry(archive, 'pkg/none')).toBeUndefined();
    expect(() => readZipEntry(new TextEncoder().encode('not a zip at all, just some text'), 'x')).toThrow(
      /not a zip archive/,
    );
  });

  it('reads files out of a gzipped tar (a source archive)', () => {
    const archive = tarGz({ 'pkg-1.0/setup.py': 'print(1)', 'pkg-1.0/models/m.onnx': 'x'.repeat(700) });
    expect(asText(readTarGzEntry(archive, 'pkg-1.0/models/m.onnx'))).toBe('x'.repeat(700));
    expect(asText(readArchiveEntry('sdist', archive, 'pkg-1.0/setup.py'))).toBe('print(1)');
    expect(readTarGzEntry(archive, 'pkg-1.0/none')).toBeUndefined();
  });
});
