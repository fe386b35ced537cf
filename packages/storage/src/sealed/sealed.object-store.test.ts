import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeImage, filesUnder, findPlaintext } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { openFolderObjectStore } from '../folder/folder.object-store.js';
import { describeObjectStoreContract, readAll } from '../testing/contract/object.contract.js';
import { ENVELOPE_OVERHEAD } from './envelope.js';
import { createKeyring } from './keyring.js';
import { sealObjectStore } from './sealed.object-store.js';

const root = mkdtempSync(join(tmpdir(), 'freeface-sealed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const newKey = () => randomBytes(32).toString('base64');
const [keyA, keyB] = [newKey(), newKey()];

describeObjectStoreContract('sealed local folder', async () =>
  sealObjectStore(await openFolderObjectStore({ dir: join(root, 'contract') }), createKeyring(keyA)),
);

const images = [
  fakeImage('jpeg', 40_000, randomBytes),
  fakeImage('png', 25_000, randomBytes),
  fakeImage('jpeg', 300, randomBytes),
];

async function text(store: { get(key: string): Promise<{ body: NodeJS.ReadableStream } | undefined> }, key: string) {
  const found = await store.get(key);
  return found && (await readAll(found.body as never));
}

describe('sealed local folder: what lies on disk', () => {
  it('keeps no image signature and no run of an image in any file, and reads every image back', async () => {
    const dir = join(root, 'scan');
    const store = sealObjectStore(await openFolderObjectStore({ dir }), createKeyring(keyA));
    for (const [i, image] of images.entries()) await store.put(`images/${i}`, image, 'image/jpeg');
    const leaks = [...filesUnder(dir)].flatMap(({ path, bytes }) => findPlaintext(path, bytes, images));
    expect(leaks).toEqual([]);
    for (const [i, image] of images.entries()) {
      expect((await text(store, `images/${i}`))?.equals(image)).toBe(true);
      expect(await store.head(`images/${i}`)).toEqual({
        key: `images/${i}`,
        size: image.length,
        contentType: 'image/jpeg',
      });
    }
    await store.close();
  });

  it('the scan finds the images when they are stored in clear (so the test above can fail)', async () => {
    const dir = join(root, 'clear');
    const store = await openFolderObjectStore({ dir });
    for (const [i, image] of images.entries()) await store.put(`images/${i}`, image, 'image/jpeg');
    const leaks = [...filesUnder(dir)].flatMap(({ path, bytes }) => findPlaintext(path, bytes, images));
    expect(leaks.length).toBeGreaterThanOrEqual(images.length);
    await store.close();
  });
});

describe('sealed object store: keys and rotation', () => {
  it('reads old objects with the previous key, writes new ones with the current, and rotate re-wraps', async () => {
    const dir = join(root, 'rotation');
    const raw = await openFolderObjectStore({ dir });
    await raw.put('legacy', images[2] as Buffer, 'image/jpeg'); // stored before encryption was turned on
    const before = sealObjectStore(raw, createKeyring(keyA));
    await before.put('old', images[0] as Buffer, 'image/jpeg');

    const after = sealObjectStore(raw, createKeyring(keyB, [keyA]));
    await after.put('new', images[1] as Buffer, 'image/png');
    expect((await text(after, 'old'))?.equals(images[0] as Buffer)).toBe(true);
    expect((await text(after, 'legacy'))?.equals(images[2] as Buffer)).toBe(true);
    // without the previous key the old object no longer opens, with a message that names its key
    const onlyB = sealObjectStore(raw, createKeyring(keyB));
    await expect(onlyB.get('old')).rejects.toThrow(/sealed with master key [0-9a-f]{16}/);

    const outcomes = [];
    for await (const key of after.keys('')) outcomes.push([key, await after.rotate(key)]);
    expect(Object.fromEntries(outcomes)).toEqual({ old: 'rewrapped', new: 'current', legacy: 'sealed' });
    // now the current key alone opens everything, and nothing is left in clear
    expect((await text(onlyB, 'old'))?.equals(images[0] as Buffer)).toBe(true);
    expect((await text(onlyB, 'new'))?.equals(images[1] as Buffer)).toBe(true);
    expect((await text(onlyB, 'legacy'))?.equals(images[2] as Buffer)).toBe(true);
    expect([...filesUnder(dir)].flatMap(({ path, bytes }) => findPlaintext(path, bytes, images))).toEqual([]);
    expect(await after.rotate('old')).toBe('current');
    await raw.close();
  });

  it('refuses bytes that were changed, or moved under another key', async () => {
    const raw = await openFolderObjectStore({ dir: join(root, 'tamper') });
    const store = sealObjectStore(raw, createKeyring(keyA));
    await store.put('a', images[0] as Buffer, 'image/jpeg');
    const sealed = (await text(raw, 'a')) as Buffer;
    expect(sealed.length).toBe((images[0] as Buffer).length + ENVELOPE_OVERHEAD);
    await raw.put('b', sealed, 'image/jpeg');
    await expect(store.get('b')).rejects.toThrow(/changed after it was sealed, or belongs under another key/);
    sealed.writeUInt8((sealed.readUInt8(sealed.length - 40) ^ 1) & 0xff, sealed.length - 40);
    await raw.put('a', sealed, 'image/jpeg');
    await expect(store.get('a')).rejects.toThrow(/changed after it was sealed/);
    await raw.close();
  });

  it('refuses a master key that is not 32 bytes of base64', () => {
    expect(() => createKeyring(randomBytes(16).toString('base64'))).toThrow(/openssl rand -base64 32/);
  });
});
