import type { Readable } from 'node:stream';

// The object port: image bytes. Production: S3 (MinIO or any S3). Embedded: a local folder.

export interface ObjectInfo {
  key: string;
  size: number;
  contentType: string;
}

export interface ObjectStore {
  /** stores the bytes under key (replacing); keys are content-addressed, so a retry writes the same object */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** undefined when absent */
  get(key: string): Promise<{ info: ObjectInfo; body: Readable } | undefined>;
  head(key: string): Promise<ObjectInfo | undefined>;
  /** no error when absent */
  delete(key: string): Promise<void>;
  /** every key that starts with prefix ('' for all), in no particular order (key rotation, store scans) */
  keys(prefix: string): AsyncIterable<string>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
