import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { describeObjectStoreContract, readAll } from '../testing/contract/object.contract.js';
import { openFolderObjectStore } from './folder.object-store.js';

const root = mkdtempSync(join(tmpdir(), 'freeface-objects-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeObjectStoreContract('local folder', () => openFolderObjectStore({ dir: join(root, 'contract', 'objects') }));

describe('local folder: files on disk', () => {
  it('keeps an object as a data file and a content-type sidecar under its key, and no temporaries', async () => {
    const dir = join(root, 'layout');
    const store = await openFolderObjectStore({ dir });
    await store.put('images/ab/cd/abcd01', Buffer.from('jpeg bytes'), 'image/jpeg');
    await store.close();
    expect(readdirSync(join(dir, 'images/ab/cd')).sort()).toEqual(['abcd01@data', 'abcd01@meta.json']);
    expect(readFileSync(join(dir, 'images/ab/cd/abcd01@data'), 'utf8')).toBe('jpeg bytes');
    expect(JSON.parse(readFileSync(join(dir, 'images/ab/cd/abcd01@meta.json'), 'utf8'))).toEqual({
      contentType: 'image/jpeg',
    });
    expect(readdirSync(join(dir, '.tmp'))).toEqual([]);
  });

  it('keeps a key that is the prefix of another beside it (more than S3 servers on a file system do)', async () => {
    const store = await openFolderObjectStore({ dir: join(root, 'prefixes') });
    await store.put('x', Buffer.from('x'), 'text/plain');
    await store.put('x/y', Buffer.from('x/y'), 'text/plain');
    expect((await readAll((await store.get('x'))?.body as Readable)).toString()).toBe('x');
    expect((await readAll((await store.get('x/y'))?.body as Readable)).toString()).toBe('x/y');
    await store.close();
  });

  it('writes nothing outside its folder for a key that tries to climb out', async () => {
    const dir = join(root, 'jail', 'objects');
    const store = await openFolderObjectStore({ dir });
    await expect(store.put('../escaped', Buffer.from('x'), 'text/plain')).rejects.toThrow(/object key/);
    await expect(store.put('a/../../escaped', Buffer.from('x'), 'text/plain')).rejects.toThrow(/object key/);
    await store.close();
    expect(readdirSync(join(root, 'jail'))).toEqual(['objects']);
    expect(readdirSync(dir)).toEqual(['.tmp']);
  });

  it('clears temporaries a crash left behind at open, and never shows them as objects', async () => {
    const dir = join(root, 'crash');
    mkdirSync(join(dir, '.tmp'), { recursive: true });
    const stale = join(dir, '.tmp', 'half-written');
    writeFileSync(stale, 'half of an obj');
    const old = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(stale, old, old);
    const fresh = join(dir, '.tmp', 'another-process-writing');
    writeFileSync(fresh, 'in flight');
    const store = await openFolderObjectStore({ dir });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true); // too young to be a left-over: someone may still write it
    expect(await store.head('half-written')).toBeUndefined();
    await store.close();
  });

  it('serves an object whose sidecar was lost as application/octet-stream', async () => {
    const dir = join(root, 'no-sidecar');
    const store = await openFolderObjectStore({ dir });
    await store.put('k', Buffer.from('bytes'), 'image/png');
    rmSync(join(dir, 'k@meta.json'));
    const found = await store.get('k');
    expect(found?.info).toEqual({ key: 'k', size: 5, contentType: 'application/octet-stream' });
    expect((await readAll(found?.body as Readable)).toString()).toBe('bytes');
    await store.close();
  });

  it('finishes reading an object that is deleted while its stream is open', async () => {
    const store = await openFolderObjectStore({ dir: join(root, 'read-delete') });
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
    await store.put('big', bytes, 'application/octet-stream');
    const found = await store.get('big');
    await store.delete('big');
    expect(await store.head('big')).toBeUndefined();
    expect((await readAll(found?.body as Readable)).equals(bytes)).toBe(true);
    await store.close();
  });
});
