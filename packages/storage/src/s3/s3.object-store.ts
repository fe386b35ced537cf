// The object port on S3 (MinIO, versitygw, AWS or any S3): bucket, endpoint and keys from the s3.*
// settings. Objects up to the multipart threshold go up in one PutObject; larger ones in parts (see
// s3.multipart.ts). get hands back the response body as it streams from the server: the caller reads
// it to the end (or destroys it), or the connection stays taken.
import type { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { Config } from '@freeface/config';
import { InvalidArgumentError, UnavailableError } from '@freeface/domain';
import { checkContentType, checkObjectKey, checkObjectKeyPrefix } from '../object-key.js';
import type { ObjectInfo, ObjectStore } from '../ports/object.port.js';
import { createS3Client, isS3NotFound, s3ErrorStatus } from './s3.client.js';
import { MIN_PART_SIZE, putMultipart } from './s3.multipart.js';

export interface S3ObjectStoreOptions {
  /** put before every key, e.g. "tenant-a/" (default: none); tests pass one of their own */
  keyPrefix?: string;
  /** objects larger than this go up in parts (default: 8 MiB) */
  multipartThresholdBytes?: number;
  /** size of each part but the last, at least 5 MiB (default: 8 MiB) */
  partSizeBytes?: number;
}

/** what PutObject and CreateMultipartUpload add to ask for server-side encryption (s3.serverSideEncryption) */
export type ServerSideEncryption = { ServerSideEncryption: 'AES256' | 'aws:kms' } | Record<string, never>;

const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

/**
 * Opens the store on the s3.bucket setting, making the bucket when it does not exist yet.
 * UnavailableError when the server cannot be reached or refuses the credentials.
 */
export async function openS3ObjectStore(config: Config, options: S3ObjectStoreOptions = {}): Promise<ObjectStore> {
  const keyPrefix = checkObjectKeyPrefix(options.keyPrefix ?? '');
  const partSize = options.partSizeBytes ?? DEFAULT_PART_SIZE;
  if (!Number.isInteger(partSize) || partSize < MIN_PART_SIZE) {
    throw new InvalidArgumentError(`partSizeBytes is an integer of at least ${MIN_PART_SIZE}`, { partSize });
  }
  const { bucket } = config.s3;
  const client = createS3Client(config);
  try {
    await ensureBucket(client, bucket);
  } catch (error) {
    client.destroy();
    throw new UnavailableError(
      `cannot open bucket ${bucket} at ${config.s3.endpoint}: ${(error as Error).message || (error as Error).name}`,
      { bucket, status: s3ErrorStatus(error) },
    );
  }
  const sse: ServerSideEncryption =
    config.s3.serverSideEncryption === 'none' ? {} : { ServerSideEncryption: config.s3.serverSideEncryption };
  return new S3ObjectStore(client, bucket, keyPrefix, options.multipartThresholdBytes ?? partSize, partSize, sse);
}

async function ensureBucket(client: S3Client, bucket: string): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
    return;
  } catch (error) {
    if (!isS3NotFound(error)) throw error;
  }
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    // another process made it meanwhile
    const name = (error as Error).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
  }
}

class S3ObjectStore implements ObjectStore {
  private closed = false;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly keyPrefix: string,
    private readonly multipartThreshold: number,
    private readonly partSize: number,
    private readonly sse: ServerSideEncryption,
  ) {}

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const Key = this.s3Key(key);
    checkContentType(contentType);
    if (body.length > this.multipartThreshold) {
      const target = { client: this.client, bucket: this.bucket, key: Key, contentType, sse: this.sse };
      await putMultipart(target, body, this.partSize);
      return;
    }
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key, Body: body, ContentType: contentType, ...this.sse }),
    );
  }

  async get(key: string): Promise<{ info: ObjectInfo; body: Readable } | undefined> {
    const Key = this.s3Key(key);
    const found = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key })).catch(absentAsUndefined);
    if (!found) return undefined;
    return { info: info(key, found), body: found.Body as Readable };
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    const Key = this.s3Key(key);
    const found = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key })).catch(absentAsUndefined);
    return found && info(key, found);
  }

  async delete(key: string): Promise<void> {
    const Key = this.s3Key(key);
    // S3 answers 204 for an absent key too; a 404 from a stricter server means the same
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key })).catch(absentAsUndefined);
  }

  async *keys(prefix: string): AsyncIterable<string> {
    this.checkOpen();
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.keyPrefix + prefix, ContinuationToken }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key?.startsWith(this.keyPrefix)) yield object.Key.slice(this.keyPrefix.length);
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  async ping(): Promise<void> {
    this.checkOpen();
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.client.destroy();
  }

  private s3Key(key: string): string {
    this.checkOpen();
    return this.keyPrefix + checkObjectKey(key);
  }

  private checkOpen(): void {
    if (this.closed) throw new UnavailableError('the object store is closed');
  }
}

function absentAsUndefined(error: unknown): undefined {
  if (isS3NotFound(error)) return undefined;
  throw error;
}

function info(key: string, found: { ContentLength?: number; ContentType?: string }): ObjectInfo {
  return { key, size: found.ContentLength ?? 0, contentType: found.ContentType ?? 'application/octet-stream' };
}
