// The contract of the object port: every adapter's test file calls describeObjectStoreContract with a
// function that opens a store on the same underlying data each time (same folder, same bucket and key
// prefix), so the restart case can close the store and open it again. Every key of a run sits under a
// random namespace, so reruns and parallel files never see each other's objects.

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ObjectStore } from '../../ports/object.port.js';
import { useStore } from './store-lifecycle.js';

export interface ObjectStoreContractOptions {
  /** per-test timeout for slow backends (default: vitest's) */
  timeoutMs?: number;
  /** size of the large-object case; production adapters upload it in parts (default: 12 MiB) */
  largeObjectBytes?: number;
}

export async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** the content-addressed key the platform uses for an image */
export const imageKey = (namespace: string, bytes: Buffer) => {
  const hash = sha256(bytes);
  return `${namespace}/images/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`;
};

export function describeObjectStoreContract(
  name: string,
  open: () => Promise<ObjectStore>,
  opts: ObjectStoreContractOptions = {},
): void {
  describe(`object store contract: ${name}`, { timeout: opts.timeoutMs }, () => {
    const ns = `contract-${randomUUID().slice(0, 8)}`;
    const { store, reopen } = useStore('object store', open);
    /** get, with its stream read to the end */
    const fetch = async (key: string) => {
      const found = await store().get(key);
      return found && { info: found.info, bytes: await readAll(found.body) };
    };

    it('stores bytes with their content type and gives them back as a stream', async () => {
      const bytes = randomBytes(70_000);
      const key = imageKey(ns, bytes);
      await store().put(key, bytes, 'image/jpeg');

      const found = await store().get(key);
      expect(found?.info).toEqual({ key, size: bytes.length, contentType: 'image/jpeg' });
      expect(typeof found?.body.pipe).toBe('function');
      expect((await readAll(found?.body as Readable)).equals(bytes)).toBe(true);
      expect(await store().head(key)).toEqual({ key, size: bytes.length, contentType: 'image/jpeg' });
    });

    it('keeps an empty object', async () => {
      const key = `${ns}/empty`;
      await store().put(key, Buffer.alloc(0), 'text/plain');
      const found = await fetch(key);
      expect(found?.info).toEqual({ key, size: 0, contentType: 'text/plain' });
      expect(found?.bytes.length).toBe(0);
    });

    it('answers undefined for an absent key, and deleting one is no error', async () => {
      const key = `${ns}/absent/${randomUUID()}`;
      expect(await store().get(key)).toBeUndefined();
      expect(await store().head(key)).toBeUndefined();
      await expect(store().delete(key)).resolves.toBeUndefined();
    });

    it('deletes an object, and only that one', async () => {
      const [a, b] = [`${ns}/delete/a.png`, `${ns}/delete/b.png`];
      await store().put(a, Buffer.from('a'), 'image/png');
      await store().put(b, Buffer.from('b'), 'image/png');
      await store().delete(a);
      expect(await store().get(a)).toBeUndefined();
      expect(await store().head(a)).toBeUndefined();
      expect((await fetch(b))?.bytes.toString()).toBe('b');
      await store().delete(a); // twice: still no error
    });

    it('replaces an object on a second put: bytes, size and content type', async () => {
      const key = `${ns}/overwrite`;
      await store().put(key, Buffer.from('first version, longer'), 'image/png');
      await store().put(key, Buffer.from('second'), 'image/webp');
      const found = await fetch(key);
      expect(found?.info).toEqual({ key, size: 6, contentType: 'image/webp' });
      expect(found?.bytes.toString()).toBe('second');
    });

    // Not asked: a key that is the prefix of another ("a" and "a/b"). AWS takes both, but servers on a
    // file system (MinIO, versitygw) refuse the second, so the platform never makes such keys.
    it('keeps keys with slashes apart, at any depth', async () => {
      const keys = [`${ns}/tree/x/y/z.jpg`, `${ns}/tree/x/w`, `${ns}/tree/x-y`, `${ns}/tree/X`, `${ns}/tree/q`];
      for (const key of keys) await store().put(key, Buffer.from(key), 'application/octet-stream');
      for (const key of keys) expect((await fetch(key))?.bytes.toString()).toBe(key);
      await store().delete(`${ns}/tree/x/w`);
      expect(await store().head(`${ns}/tree/x/w`)).toBeUndefined();
      expect(await store().head(`${ns}/tree/x`)).toBeUndefined(); // a "directory" is not an object
      for (const key of keys.filter((k) => !k.endsWith('/w'))) {
        expect((await fetch(key))?.bytes.toString()).toBe(key);
      }
    });

    it('refuses keys that could escape the store or are not portable, on every method', async () => {
      const bad = [
        '',
        '../escape',
        `${ns}/../../escape`,
        `${ns}/./x`,
        '/absolute',
        `${ns}//double`,
        `${ns}/trailing/`,
        `${ns}\\back`,
        `${ns}/.hidden`,
        `${ns}/sp ace`,
        `${ns}/at@sign`,
        `${ns}/nul\0`,
        `${ns}/${'k'.repeat(1100)}`,
      ];
      for (const key of bad) {
        await expect(store().put(key, Buffer.from('x'), 'text/plain'), key).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
        });
        await expect(store().get(key), key).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
        await expect(store().head(key), key).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
        await expect(store().delete(key), key).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      }
      await expect(store().put(`${ns}/ok`, Buffer.from('x'), 'bad\ntype')).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      expect(await store().head(`${ns}/ok`)).toBeUndefined();
    });

    it('lists the keys under a prefix, and only those', async () => {
      const keys = [`${ns}/list/a/1`, `${ns}/list/a/2`, `${ns}/list/b`, `${ns}/listed`];
      for (const key of keys) await store().put(key, Buffer.from(key), 'text/plain');
      const listed: string[] = [];
      for await (const key of store().keys(`${ns}/list/`)) listed.push(key);
      expect(listed.sort()).toEqual(keys.slice(0, 3));
      await store().delete(`${ns}/list/a/2`);
      const after: string[] = [];
      for await (const key of store().keys(`${ns}/list/a`)) after.push(key);
      expect(after).toEqual([`${ns}/list/a/1`]);
    });

    it('stores a large object (the multipart path of production adapters) byte for byte', async () => {
      const bytes = randomBytes(opts.largeObjectBytes ?? 12 * 1024 * 1024);
      const key = imageKey(ns, bytes);
      await store().put(key, bytes, 'image/tiff');
      expect(await store().head(key)).toEqual({ key, size: bytes.length, contentType: 'image/tiff' });
      const found = await fetch(key);
      expect(found?.bytes.length).toBe(bytes.length);
      expect(sha256(found?.bytes ?? Buffer.alloc(0))).toBe(sha256(bytes));
      // and replaced by a small one, the large one is gone entirely
      await store().put(key, Buffer.from('small'), 'text/plain');
      expect(await store().head(key)).toEqual({ key, size: 5, contentType: 'text/plain' });
    });

    it('keeps its objects across a close and a reopen', async () => {
      const bytes = randomBytes(5000);
      const key = imageKey(ns, bytes);
      await store().put(key, bytes, 'image/jpeg');
      await store().delete(`${ns}/restart/never`);
      await reopen();
      const found = await fetch(key);
      expect(found?.info).toEqual({ key, size: bytes.length, contentType: 'image/jpeg' });
      expect(found?.bytes.equals(bytes)).toBe(true);
    });

    it('takes many parallel puts of distinct keys, each readable afterwards', async () => {
      const objects = Array.from({ length: 40 }, () => randomBytes(1000 + Math.floor(Math.random() * 20_000)));
      await Promise.all(objects.map((bytes) => store().put(imageKey(ns, bytes), bytes, 'image/png')));
      const found = await Promise.all(objects.map((bytes) => fetch(imageKey(ns, bytes))));
      found.forEach((object, i) => {
        expect(object?.bytes.equals(objects[i] as Buffer)).toBe(true);
        expect(object?.info.contentType).toBe('image/png');
      });
    });

    it('ends parallel puts of one key with one of them whole: bytes and content type together', async () => {
      const key = `${ns}/contended`;
      // sizes falling from 2 MiB to a few bytes, so the writes that start first tend to finish last
      const versions = Array.from({ length: 12 }, (_, i) => ({
        bytes: randomBytes(Math.max(8, (2 * 1024 * 1024) >> i)),
        contentType: `image/x-version-${i}`,
      }));
      await Promise.all(versions.map((v) => store().put(key, v.bytes, v.contentType)));
      const found = await fetch(key);
      const winner = versions.find((v) => v.bytes.equals(found?.bytes ?? Buffer.alloc(0)));
      expect(winner).toBeDefined();
      expect(found?.info).toEqual({ key, size: winner?.bytes.length, contentType: winner?.contentType });
    });

    it('refuses calls once closed', async () => {
      const other = await open();
      await other.close();
      await expect(other.ping()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      await expect(other.head(`${ns}/overwrite`)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      await expect(other.put(`${ns}/closed`, Buffer.from('x'), 'text/plain')).rejects.toMatchObject({
        code: 'UNAVAILABLE',
      });
    });
  });
}
