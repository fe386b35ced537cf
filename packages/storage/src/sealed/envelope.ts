// Envelope encryption of one object: a random 256-bit data key encrypts the bytes (AES-256-GCM, bound to the
// object's key as additional data, so bytes moved under another key do not open), and the master key wraps
// the data key (AES-256-GCM again). Layout, all fixed-size but the ciphertext:
//   "FFE1" | master key id (8) | wrap iv (12) | wrapped data key (32) | wrap tag (16) | data iv (12)
//   | ciphertext | data tag (16)
// Re-wrapping under a new master key rewrites the header and leaves the ciphertext as it is.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { FreeFaceError } from '@freeface/domain';
import { KEY_BYTES, KEY_ID_BYTES, type Keyring, type MasterKey } from './keyring.js';

const MAGIC = Buffer.from('FFE1', 'ascii');
const IV = 12;
const TAG = 16;
const WRAP_AT = MAGIC.length + KEY_ID_BYTES;
const DATA_IV_AT = WRAP_AT + IV + KEY_BYTES + TAG;
/** bytes before the ciphertext */
export const HEADER_BYTES = DATA_IV_AT + IV;
/** what sealing adds to an object's size */
export const ENVELOPE_OVERHEAD = HEADER_BYTES + TAG;

/** An object that cannot be opened: unknown master key, or bytes changed. Not worth a retry. */
export class SealError extends FreeFaceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('INTERNAL', message, details);
  }
}

/** whether bytes (a whole object, or its first bytes) begin as a sealed object does */
export const startsSealed = (bytes: Buffer): boolean => bytes.subarray(0, MAGIC.length).equals(MAGIC);

export const isSealed = (bytes: Buffer): boolean => bytes.length >= ENVELOPE_OVERHEAD && startsSealed(bytes);

/** the hex id of the master key that wrapped a sealed object */
export const sealedKeyId = (bytes: Buffer): string => bytes.subarray(MAGIC.length, WRAP_AT).toString('hex');

function wrapHeader(master: MasterKey, dataKey: Buffer, dataIv: Buffer): Buffer {
  const id = Buffer.from(master.id, 'hex');
  const wrapIv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', master.key, wrapIv);
  cipher.setAAD(Buffer.concat([MAGIC, id]));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([MAGIC, id, wrapIv, wrapped, cipher.getAuthTag(), dataIv]);
}

function unwrapDataKey(keyring: Keyring, sealed: Buffer, objectKey: string): Buffer {
  const id = sealedKeyId(sealed);
  const master = keyring.byId(id);
  if (!master) {
    throw new SealError(
      `object ${objectKey} is sealed with master key ${id}, which is neither FREEFACE_ENCRYPTION_KEY nor one of FREEFACE_ENCRYPTION_PREVIOUS_KEYS`,
      { key: objectKey, keyId: id },
    );
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', master.key, sealed.subarray(WRAP_AT, WRAP_AT + IV));
    decipher.setAAD(sealed.subarray(0, WRAP_AT));
    decipher.setAuthTag(sealed.subarray(WRAP_AT + IV + KEY_BYTES, DATA_IV_AT));
    return Buffer.concat([decipher.update(sealed.subarray(WRAP_AT + IV, WRAP_AT + IV + KEY_BYTES)), decipher.final()]);
  } catch {
    throw new SealError(`the data key of object ${objectKey} does not open with master key ${id}`, {
      key: objectKey,
    });
  }
}

export function seal(keyring: Keyring, objectKey: string, plain: Buffer): Buffer {
  const dataKey = randomBytes(KEY_BYTES);
  const dataIv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', dataKey, dataIv);
  cipher.setAAD(Buffer.from(objectKey, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([wrapHeader(keyring.current, dataKey, dataIv), body, cipher.getAuthTag()]);
}

export function unseal(keyring: Keyring, objectKey: string, sealed: Buffer): Buffer {
  const dataKey = unwrapDataKey(keyring, sealed, objectKey);
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, sealed.subarray(DATA_IV_AT, HEADER_BYTES));
    decipher.setAAD(Buffer.from(objectKey, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES, sealed.length - TAG)), decipher.final()]);
  } catch {
    throw new SealError(`object ${objectKey} was changed after it was sealed, or belongs under another key`, {
      key: objectKey,
    });
  }
}

/** The same object with its data key wrapped by the current master key; the ciphertext is not touched. */
export function rewrap(keyring: Keyring, objectKey: string, sealed: Buffer): Buffer {
  const dataKey = unwrapDataKey(keyring, sealed, objectKey);
  const header = wrapHeader(keyring.current, dataKey, sealed.subarray(DATA_IV_AT, HEADER_BYTES));
  return Buffer.concat([header, sealed.subarray(HEADER_BYTES)]);
}
