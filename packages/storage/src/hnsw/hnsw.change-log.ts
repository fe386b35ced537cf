// The append-only log of one model's changes since its last snapshot (<model>.<gen>.log beside the graph of
// save <gen>): every upsert and delete is appended and flushed to the disk before it is applied, and replayed
// on open, so a write is durable without rewriting the whole index. A record is
//   u32 payload length | u32 crc32 of the payload | payload
// and the payload is op (1 upsert, 2 delete) | u16 face id length | face id | for an upsert: u16 person id
// length (0xffff: no person) | person id | the vector as float32. A record cut short or damaged (a crash in
// the middle of an append) ends the log: it and anything after it are dropped, and the file is cut back to
// the last whole record before anything more is appended.
import { type FileHandle, open, readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { PRIVATE_FILE_MODE } from '../private-files.js';
import type { CheckedRecord } from '../vector-args.js';
import { syncPath } from './hnsw.files.js';

const MAGIC = Buffer.from('FFVLOG01');
const HEADER_BYTES = MAGIC.length + 4;
const NO_PERSON = 0xffff;
const UPSERT = 1;
const DELETE = 2;

export type LoggedChange = { op: 'upsert'; record: CheckedRecord } | { op: 'delete'; faceId: string };

export interface ReadLog {
  changes: LoggedChange[];
  /** bytes of whole records (with the header); the file's length when nothing was torn */
  validBytes: number;
  /** bytes after the last whole record: a torn tail */
  tornBytes: number;
}

function header(dimension: number): Buffer {
  const buffer = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(buffer);
  buffer.writeUInt32LE(dimension, MAGIC.length);
  return buffer;
}

function encodeUpsert({ faceId, personId, values }: CheckedRecord): Buffer {
  const face = Buffer.from(faceId);
  const person = personId === undefined ? undefined : Buffer.from(personId);
  const payload = Buffer.alloc(1 + 2 + face.length + 2 + (person?.length ?? 0) + values.length * 4);
  let at = payload.writeUInt8(UPSERT, 0);
  at = payload.writeUInt16LE(face.length, at);
  at += face.copy(payload, at);
  at = payload.writeUInt16LE(person?.length ?? NO_PERSON, at);
  if (person) at += person.copy(payload, at);
  for (const v of values) at = payload.writeFloatLE(v, at);
  return payload;
}

function encodeDelete(faceId: string): Buffer {
  const face = Buffer.from(faceId);
  const payload = Buffer.alloc(1 + 2 + face.length);
  const at = payload.writeUInt16LE(face.length, payload.writeUInt8(DELETE, 0));
  face.copy(payload, at);
  return payload;
}

function frame(payload: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(payload.length, 0);
  head.writeUInt32LE(crc32(payload), 4);
  return Buffer.concat([head, payload]);
}

export function encodeChanges(changes: readonly LoggedChange[]): Buffer {
  return Buffer.concat(changes.map((c) => frame(c.op === 'upsert' ? encodeUpsert(c.record) : encodeDelete(c.faceId))));
}

function decode(payload: Buffer, dimension: number): LoggedChange | undefined {
  const op = payload.readUInt8(0);
  const faceLength = payload.readUInt16LE(1);
  const faceId = payload.toString('utf8', 3, 3 + faceLength);
  if (op === DELETE) return payload.length === 3 + faceLength ? { op: 'delete', faceId } : undefined;
  if (op !== UPSERT) return undefined;
  let at = 3 + faceLength;
  const personLength = payload.readUInt16LE(at);
  at += 2;
  let personId: string | undefined;
  if (personLength !== NO_PERSON) {
    personId = payload.toString('utf8', at, at + personLength);
    at += personLength;
  }
  if (payload.length !== at + dimension * 4) return undefined;
  const values = Array.from({ length: dimension }, (_, i) => payload.readFloatLE(at + i * 4));
  return { op: 'upsert', record: { faceId, personId, values } };
}

/** The whole records of a log file (none when it does not exist), and where a torn tail starts. */
export async function readChangeLog(path: string, dimension: number): Promise<ReadLog> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { changes: [], validBytes: 0, tornBytes: 0 };
    throw error;
  }
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    // a header cut short: the log was being created when the process stopped, so it holds nothing
    if (MAGIC.subarray(0, bytes.length).equals(bytes.subarray(0, MAGIC.length)) && bytes.length < HEADER_BYTES)
      return { changes: [], validBytes: 0, tornBytes: bytes.length };
    throw new Error(`${path}: not a FreeFace vector change log`);
  }
  const logged = bytes.readUInt32LE(MAGIC.length);
  if (logged !== dimension) throw new Error(`${path}: ${logged} dimensions, its index has ${dimension}`);
  const changes: LoggedChange[] = [];
  let at = HEADER_BYTES;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32LE(at);
    const end = at + 8 + length;
    if (length < 3 || end > bytes.length) break;
    const payload = bytes.subarray(at + 8, end);
    if (crc32(payload) !== bytes.readUInt32LE(at + 4)) break;
    const change = decode(payload, dimension);
    if (!change) break;
    changes.push(change);
    at = end;
  }
  return { changes, validBytes: at, tornBytes: bytes.length - at };
}

/** A log open for appending. Opening cuts a torn tail off (what `readChangeLog` said was whole stays). */
export class ChangeLog {
  private constructor(
    private readonly handle: FileHandle,
    private size: number,
  ) {}

  static async open(path: string, dir: string, dimension: number, validBytes: number): Promise<ChangeLog> {
    const handle = await open(path, 'a', PRIVATE_FILE_MODE);
    try {
      if (validBytes < HEADER_BYTES) {
        await handle.truncate(0);
        await handle.write(header(dimension));
        await handle.sync();
        await syncPath(dir); // the new file's entry survives a power cut too
        return new ChangeLog(handle, HEADER_BYTES);
      }
      if ((await handle.stat()).size !== validBytes) {
        await handle.truncate(validBytes);
        await handle.sync();
      }
      return new ChangeLog(handle, validBytes);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Appends the changes and flushes them to the disk; on failure the log is as it was before. */
  async append(changes: readonly LoggedChange[]): Promise<void> {
    const bytes = encodeChanges(changes);
    try {
      await this.handle.write(bytes);
      await this.handle.datasync();
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => {});
      throw error;
    }
    this.size += bytes.length;
  }

  /** bytes of the file so far, header included */
  get bytes(): number {
    return this.size;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
