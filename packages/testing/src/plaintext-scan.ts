// Looks for images in clear among stored bytes: the signatures of JPEG, PNG, WebP and GIF files, and any run
// of RUN bytes of the given images. What encryption at rest is tested with, on files and on S3 objects.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// found anywhere: long enough (6 bytes and more) that ciphertext holds one by chance once in 2^48 places
const SIGNATURES: ReadonlyArray<[string, Buffer]> = [
  ['JPEG (JFIF)', Buffer.from('JFIF\0', 'ascii')],
  ['JPEG (Exif)', Buffer.from('Exif\0\0', 'ascii')],
  ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['WebP', Buffer.from('WEBPVP8', 'ascii')],
  ['GIF', Buffer.from('GIF89a', 'ascii')],
];
// found at the start of a file only: a JPEG of any kind begins so
const LEADING: ReadonlyArray<[string, Buffer]> = [['JPEG', Buffer.from([0xff, 0xd8, 0xff])]];
/** a run this long of an image's bytes found by chance in ciphertext is a 2^-256 event */
const RUN = 32;
const MIN_DISTINCT = 16;

/** What of the images the stored bytes give away, as lines for a failure message; empty when nothing. */
export function findPlaintext(where: string, stored: Buffer, images: readonly Buffer[]): string[] {
  const found: string[] = [];
  for (const [name, signature] of SIGNATURES) {
    if (stored.includes(signature)) found.push(`${where}: a ${name} signature`);
  }
  for (const [name, signature] of LEADING) {
    if (stored.subarray(0, signature.length).equals(signature)) found.push(`${where}: begins as a ${name} file`);
  }
  images.forEach((image, i) => {
    for (let at = 0; at + RUN <= image.length; at += RUN) {
      const run = image.subarray(at, at + RUN);
      // a run of few distinct bytes (zeros, a table of a JPEG header) is found in any file: only telling runs count
      if (new Set(run).size < MIN_DISTINCT) continue;
      if (stored.includes(run)) {
        found.push(`${where}: bytes ${at}..${at + RUN} of image ${i}`);
        return;
      }
    }
  });
  return found;
}

/** Every file under dir, recursively, with its bytes. */
export function* filesUnder(dir: string): Generator<{ path: string; bytes: Buffer }> {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    yield { path, bytes: readFileSync(path) };
  }
}

/** Image-like test files: a JPEG or PNG signature and header, then random bytes. */
export function fakeImage(kind: 'jpeg' | 'png', size: number, random: (n: number) => Buffer): Buffer {
  const head =
    kind === 'jpeg'
      ? Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'ascii')])
      : Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([head, random(size - head.length)]);
}
