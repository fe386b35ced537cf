// A tiny writer of POSIX ustar archives: a 512-byte header per file, its bytes padded to 512, two empty
// blocks at the end. Enough for an export (regular files, names under 100 bytes, sizes under 8 GiB), read
// by every tar. Files are yielded one at a time, so an archive streams with one file in memory.

const BLOCK = 512;

export interface TarFile {
  /** a relative path of ASCII letters, digits, "/", ".", "_" and "-": a file name under 100 bytes, in directories under 155 */
  name: string;
  bytes: Buffer;
  mtime?: Date;
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/** ustar keeps a long path as a prefix (up to 155 bytes, the directories) and a name (up to 100) */
function splitPath(path: string): [prefix: string, name: string] {
  if (!/^[A-Za-z0-9._-][A-Za-z0-9._/-]*$/.test(path) || path.includes('..') || path.includes('//')) {
    throw new Error(`not a path this tar writer takes: ${path}`);
  }
  if (path.length <= 100) return ['', path];
  const cut = path.lastIndexOf('/', 155);
  if (cut <= 0 || path.length - cut - 1 > 100) throw new Error(`path too long for ustar: ${path}`);
  return [path.slice(0, cut), path.slice(cut + 1)];
}

export function tarHeader(file: TarFile): Buffer {
  const [prefix, name] = splitPath(file.name);
  const header = Buffer.alloc(BLOCK);
  header.write(name, 0, 100, 'ascii');
  header.write(prefix, 345, 155, 'ascii');
  header.write(octal(0o600, 8), 100, 'ascii'); // mode
  header.write(octal(0, 8), 108, 'ascii'); // uid
  header.write(octal(0, 8), 116, 'ascii'); // gid
  header.write(octal(file.bytes.length, 12), 124, 'ascii');
  header.write(octal(Math.floor((file.mtime ?? new Date()).getTime() / 1000), 12), 136, 'ascii');
  header.write('        ', 148, 'ascii'); // the checksum counts as spaces while it is computed
  header.write('0', 156, 'ascii'); // a regular file
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

/** The archive's bytes, file by file: header, content, padding; then the end-of-archive marker. */
export async function* tarStream(files: AsyncIterable<TarFile>): AsyncGenerator<Buffer> {
  for await (const file of files) {
    yield tarHeader(file);
    yield file.bytes;
    const pad = (BLOCK - (file.bytes.length % BLOCK)) % BLOCK;
    if (pad > 0) yield Buffer.alloc(pad);
  }
  yield Buffer.alloc(2 * BLOCK);
}
