// Object keys every object adapter accepts, checked in one place so the local folder and S3 refuse the
// same keys with the same InvalidArgumentError. A key is one or more segments joined by "/"; a segment is
// letters, digits, ".", "_" or "-" and does not start with ".". That rules out "..", ".", empty segments,
// absolute paths and backslashes, so a key can never leave the folder store's directory, and keeps
// keys portable to every file system and S3 server (content-addressed keys: images/ab/cd/<sha256>.jpg).
import { InvalidArgumentError } from '@freeface/domain';

/** S3's limit on a key, in bytes; keys are ASCII here, so characters. */
export const MAX_OBJECT_KEY_LENGTH = 1024;

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

function validSegments(key: string): boolean {
  return key.split('/').every((segment) => SEGMENT.test(segment));
}

export function checkObjectKey(key: string): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_OBJECT_KEY_LENGTH || !validSegments(key)) {
    throw new InvalidArgumentError(
      `an object key is 1 to ${MAX_OBJECT_KEY_LENGTH} characters: segments of letters, digits, ".", "_" or "-" ` +
        'joined by "/", none empty and none starting with "."',
      { key: typeof key === 'string' ? key.slice(0, 200) : key },
    );
  }
  return key;
}

/** A prefix put before every key (e.g. "tenant-a/"): empty, or valid key segments ending in "/". */
export function checkObjectKeyPrefix(prefix: string): string {
  if (prefix === '') return prefix;
  if (!prefix.endsWith('/') || prefix.length > MAX_OBJECT_KEY_LENGTH / 2 || !validSegments(prefix.slice(0, -1))) {
    throw new InvalidArgumentError('an object key prefix is empty or key segments ending in "/"', { prefix });
  }
  return prefix;
}

export function checkContentType(contentType: string): string {
  if (typeof contentType !== 'string' || !/^[\x21-\x7e][\x20-\x7e]{0,254}$/.test(contentType)) {
    throw new InvalidArgumentError('a content type is 1 to 255 printable ASCII characters, e.g. image/jpeg', {
      contentType: String(contentType).slice(0, 100),
    });
  }
  return contentType;
}
