// Encryption at rest for any object store: a decorator around the object port, so the local folder and S3
// share one implementation. put seals the bytes (envelope.ts) under the current master key; get opens them
// with whichever key of the keyring wrapped them; an object stored in clear before encryption was turned on
// still reads, and rotate() seals it. What the inner store holds is ciphertext and a content type, nothing
// else about the image.
import { Readable } from 'node:stream';
import type { ObjectInfo, ObjectStore } from '../ports/object.port.js';
import {
  ENVELOPE_OVERHEAD,
  HEADER_BYTES,
  isSealed,
  rewrap,
  seal,
  sealedKeyId,
  startsSealed,
  unseal,
} from './envelope.js';
import type { Keyring } from './keyring.js';

/** What rotation did to one object. */
export type RotateOutcome = 'current' | 'rewrapped' | 'sealed';

export interface SealedObjectStore extends ObjectStore {
  /**
   * Brings one object to the current master key: re-wraps its data key when another key wrapped it, seals
   * it when it was stored in clear; 'current' when there was nothing to do (or the object is gone).
   */
  rotate(key: string): Promise<RotateOutcome>;
}

async function readAll(body: Readable, limit = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    const bytes = Buffer.from(chunk as Uint8Array);
    chunks.push(bytes);
    length += bytes.length;
    if (length >= limit) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

export function sealObjectStore(inner: ObjectStore, keyring: Keyring): SealedObjectStore {
  const read = async (key: string) => {
    const found = await inner.get(key);
    return found && { info: found.info, bytes: await readAll(found.body) };
  };
  return {
    put: (key, body, contentType) => inner.put(key, seal(keyring, key, body), contentType),
    async get(key) {
      const found = await read(key);
      if (!found) return undefined;
      const plain = isSealed(found.bytes) ? unseal(keyring, key, found.bytes) : found.bytes;
      return { info: { ...found.info, size: plain.length }, body: Readable.from([plain]) };
    },
    async head(key): Promise<ObjectInfo | undefined> {
      // the envelope's header says whether the stored size includes it; the rest of the object is not read
      const found = await inner.get(key);
      if (!found) return undefined;
      const start = await readAll(found.body, HEADER_BYTES);
      const sealed = found.info.size >= ENVELOPE_OVERHEAD && startsSealed(start);
      return { ...found.info, size: sealed ? found.info.size - ENVELOPE_OVERHEAD : found.info.size };
    },
    delete: (key) => inner.delete(key),
    keys: (prefix) => inner.keys(prefix),
    ping: () => inner.ping(),
    close: () => inner.close(),
    async rotate(key) {
      const found = await read(key);
      if (!found) return 'current';
      const { bytes, info } = found;
      if (!isSealed(bytes)) {
        await inner.put(key, seal(keyring, key, bytes), info.contentType);
        return 'sealed';
      }
      if (sealedKeyId(bytes) === keyring.current.id) return 'current';
      await inner.put(key, rewrap(keyring, key, bytes), info.contentType);
      return 'rewrapped';
    },
  };
}
