// The master keys of encryption at rest: the current one, which wraps every new object's data key, and the
// previous ones, kept so that objects they wrapped stay readable until `freeface keys rotate` re-wraps them.
// A key is known by its id, the first 8 bytes of a SHA-256 of it: stored with each object, never the key.
import { createHash } from 'node:crypto';
import { InvalidArgumentError } from '@freeface/domain';

export const KEY_BYTES = 32;
export const KEY_ID_BYTES = 8;

export interface MasterKey {
  /** hex of the key's 8-byte id */
  readonly id: string;
  readonly key: Buffer;
}

export interface Keyring {
  readonly current: MasterKey;
  /** the current key and every previous one, by id */
  byId(id: string): MasterKey | undefined;
}

export const keyIdOf = (key: Buffer): string =>
  createHash('sha256')
    .update('freeface master key id\0')
    .update(key)
    .digest()
    .subarray(0, KEY_ID_BYTES)
    .toString('hex');

function masterKey(base64: string, what: string): MasterKey {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== KEY_BYTES || key.toString('base64') !== base64) {
    throw new InvalidArgumentError(`${what} is not the base64 of 32 bytes (make one with: openssl rand -base64 32)`);
  }
  return { id: keyIdOf(key), key };
}

/** The keyring of the encryption settings: current key first, then the previous ones. */
export function createKeyring(current: string, previous: readonly string[] = []): Keyring {
  const keys = [
    masterKey(current, 'FREEFACE_ENCRYPTION_KEY'),
    ...previous.map((k, i) => masterKey(k, `key ${i + 1} of FREEFACE_ENCRYPTION_PREVIOUS_KEYS`)),
  ];
  const byId = new Map(keys.map((k) => [k.id, k] as const));
  return { current: keys[0] as MasterKey, byId: (id) => byId.get(id) };
}
