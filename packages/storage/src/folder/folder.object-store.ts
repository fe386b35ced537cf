// The object port on a local folder (the embedded profile keeps it at <dataDir>/objects).
//
// Layout: key "images/ab/cd/<sha>" is the file images/ab/cd/<sha>@data, its content type the sidecar
// images/ab/cd/<sha>@meta.json. Keys never hold "@" (see object-key.ts), so an object's files never
// collide with a directory of a longer key: "a" and "a/b" can both exist, as on S3.
// Every file is written to .tmp/ first, flushed, then renamed into place, so a crash leaves either the
// old object or the new one, never half of one. Writes and metadata reads of one key run one at a time
// in this process, so the bytes and the content type of an object always belong to the same put.
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { UnavailableError } from '@freeface/domain';
import { checkContentType, checkObjectKey } from '../object-key.js';
import type { ObjectInfo, ObjectStore } from '../ports/object.port.js';
import { makePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../private-files.js';

export interface FolderObjectStoreOptions {
  /** the folder; made when missing */
  dir: string;
  /** temporaries older than this are left-overs of a crash and removed at open (default: one hour) */
  staleTempMs?: number;
}

const TMP_DIR = '.tmp';
const DATA_SUFFIX = '@data';
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

const isMissing = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

export async function openFolderObjectStore(options: FolderObjectStoreOptions): Promise<ObjectStore> {
  const store = new FolderObjectStore(options.dir);
  await store.prepare(options.staleTempMs ?? 3_600_000);
  return store;
}

class FolderObjectStore implements ObjectStore {
  private readonly tmpDir: string;
  /** the last queued task of each key; a key leaves the map when its queue drains */
  private readonly tails = new Map<string, Promise<unknown>>();
  private closed = false;

  constructor(private readonly dir: string) {
    this.tmpDir = join(dir, TMP_DIR);
  }

  async prepare(staleTempMs: number): Promise<void> {
    try {
      await makePrivateDir(this.dir);
      await mkdir(this.tmpDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    } catch (error) {
      throw new UnavailableError(`cannot open the object folder ${this.dir}: ${(error as Error).message}`);
    }
    const cutoff = Date.now() - staleTempMs;
    for (const name of await readdir(this.tmpDir)) {
      const file = join(this.tmpDir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && info.mtimeMs < cutoff) await rm(file, { force: true });
    }
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const { data, meta } = this.paths(key);
    checkContentType(contentType);
    return this.exclusive(key, async () => {
      await mkdir(dirname(data), { recursive: true, mode: PRIVATE_DIR_MODE });
      // the sidecar first: the object exists once its data file does, and then its content type is there
      await this.writeAtomically(meta, Buffer.from(JSON.stringify({ contentType })));
      await this.writeAtomically(data, body);
    });
  }

  async get(key: string): Promise<{ info: ObjectInfo; body: Readable } | undefined> {
    const { data, meta } = this.paths(key);
    const opened = await this.exclusive(key, async () => {
      const handle = await open(data, 'r').catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      });
      if (!handle) return undefined;
      try {
        // the open handle keeps these bytes readable even if a put or delete replaces the file meanwhile
        const { size } = await handle.stat();
        return { handle, info: { key, size, contentType: await readContentType(meta) } };
      } catch (error) {
        await handle.close();
        throw error;
      }
    });
    if (!opened) return undefined;
    return { info: opened.info, body: opened.handle.createReadStream() };
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    const { data, meta } = this.paths(key);
    return this.exclusive(key, async () => {
      const info = await stat(data).catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      });
      return info && { key, size: info.size, contentType: await readContentType(meta) };
    });
  }

  async delete(key: string): Promise<void> {
    const { data, meta } = this.paths(key);
    return this.exclusive(key, async () => {
      // data first: once it is gone the object is absent, whatever happens to the sidecar
      for (const file of [data, meta]) {
        await unlink(file).catch((error: unknown) => {
          if (!isMissing(error)) throw error;
        });
      }
    });
  }

  async *keys(prefix: string): AsyncIterable<string> {
    this.checkOpen();
    const entries = await readdir(this.dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith(DATA_SUFFIX)) continue;
      const key = relative(this.dir, join(entry.parentPath, entry.name.slice(0, -DATA_SUFFIX.length)))
        .split(sep)
        .join('/');
      if (key.startsWith(prefix) && !key.startsWith(`${TMP_DIR}/`)) yield key;
    }
  }

  async ping(): Promise<void> {
    this.checkOpen();
    await access(this.tmpDir, constants.R_OK | constants.W_OK);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.tails.values()].map((tail) => tail.catch(() => {})));
  }

  private paths(key: string): { data: string; meta: string } {
    this.checkOpen();
    const base = join(this.dir, checkObjectKey(key));
    return { data: `${base}${DATA_SUFFIX}`, meta: `${base}@meta.json` };
  }

  private checkOpen(): void {
    if (this.closed) throw new UnavailableError('the object store is closed');
  }

  private async writeAtomically(target: string, bytes: Buffer): Promise<void> {
    const temp = join(this.tmpDir, randomUUID());
    try {
      const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** runs task after every task queued before it for the same key */
  private exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => {});
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

async function readContentType(meta: string): Promise<string> {
  try {
    const parsed = JSON.parse(await readFile(meta, 'utf8')) as { contentType?: unknown };
    return typeof parsed.contentType === 'string' ? parsed.contentType : DEFAULT_CONTENT_TYPE;
  } catch {
    // a sidecar lost in a crash (or never written by an older layout): the bytes are still the object
    return DEFAULT_CONTENT_TYPE;
  }
}
