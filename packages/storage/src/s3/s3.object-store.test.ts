import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import { fakeImage, findPlaintext, requireBackend } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeyring } from '../sealed/keyring.js';
import { sealObjectStore } from '../sealed/sealed.object-store.js';
import { describeObjectStoreContract, readAll } from '../testing/contract/object.contract.js';
import { createS3Client } from './s3.client.js';
import { openS3ObjectStore } from './s3.object-store.js';

// The object contract against a real S3 server (`bash scripts/backends.sh up s3`: versitygw, or MinIO),
// under a key prefix of this run only in the configured bucket; every object under it is deleted at the end.

const { up, config } = await requireBackend('s3');
const runId = randomBytes(6).toString('hex');
const keyPrefix = `freeface-test-${runId}/`;

describe.skipIf(!up)('s3 object store', () => {
  const s3 = createS3Client(config);

  const keysOfThisRun = async () => {
    const keys: string[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket: config.s3.bucket, Prefix: keyPrefix, ContinuationToken }),
      );
      keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return keys;
  };

  afterAll(async () => {
    for (const Key of await keysOfThisRun()) {
      await s3.send(new DeleteObjectCommand({ Bucket: config.s3.bucket, Key }));
    }
    expect(await keysOfThisRun()).toEqual([]);
    s3.destroy();
  }, 120_000);

  describeObjectStoreContract('s3', () => openS3ObjectStore(config, { keyPrefix }), { timeoutMs: 60_000 });

  it('uploads above the threshold in parts, and below it in one request', async () => {
    const store = await openS3ObjectStore(config, { keyPrefix, multipartThresholdBytes: 6 * 1024 * 1024 });
    try {
      await store.put('parts/large', randomBytes(11 * 1024 * 1024), 'image/jpeg');
      await store.put('parts/small', randomBytes(1024 * 1024), 'image/jpeg');
      const etag = async (key: string) =>
        (await s3.send(new HeadObjectCommand({ Bucket: config.s3.bucket, Key: `${keyPrefix}${key}` }))).ETag;
      // the ETag of a multipart object ends in -<number of parts>: 8 MiB parts make two
      expect(await etag('parts/large')).toMatch(/-2"?$/);
      expect(await etag('parts/small')).not.toMatch(/-\d+"?$/);
      expect((await store.head('parts/large'))?.size).toBe(11 * 1024 * 1024);
    } finally {
      await store.close();
    }
  }, 60_000);

  const sealedPrefix = `${keyPrefix}sealed/`;
  const keyring = createKeyring(randomBytes(32).toString('base64'));
  describeObjectStoreContract(
    'sealed s3',
    async () => sealObjectStore(await openS3ObjectStore(config, { keyPrefix: sealedPrefix }), keyring),
    { timeoutMs: 60_000 },
  );

  it('sealed: no object in the bucket holds an image signature or a run of an image', async () => {
    const images = [fakeImage('jpeg', 30_000, randomBytes), fakeImage('png', 9_000, randomBytes)];
    const prefix = `${keyPrefix}scan/`;
    const store = sealObjectStore(await openS3ObjectStore(config, { keyPrefix: prefix }), keyring);
    try {
      for (const [i, image] of images.entries()) await store.put(`images/${i}`, image, 'image/jpeg');
      const leaks: string[] = [];
      for (const Key of (await keysOfThisRun()).filter((k) => k.startsWith(prefix))) {
        const found = await s3.send(new GetObjectCommand({ Bucket: config.s3.bucket, Key }));
        const bytes = Buffer.from(
          await (found.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray(),
        );
        leaks.push(...findPlaintext(Key, bytes, images));
      }
      expect(leaks).toEqual([]);
      const back = await store.get('images/0');
      expect((await readAll(back?.body as Readable)).equals(images[0] as Buffer)).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('makes its bucket at open when it does not exist', async () => {
    const bucket = `freeface-test-${runId}`;
    const own = { ...config, s3: { ...config.s3, bucket } };
    const store = await openS3ObjectStore(own);
    try {
      await expect(s3.send(new HeadBucketCommand({ Bucket: bucket }))).resolves.toBeDefined();
      await store.put('k', Buffer.from('in a bucket of its own'), 'text/plain');
      expect((await store.head('k'))?.size).toBe(22);
      await (await openS3ObjectStore(own)).close(); // and opens again on the bucket now there
    } finally {
      await store.delete('k');
      await store.close();
      await s3.send(new DeleteBucketCommand({ Bucket: bucket }));
    }
  });

  it('reports a server that refuses the credentials as UNAVAILABLE at open', async () => {
    const wrong = { ...config, s3: { ...config.s3, secretKey: 'not-the-secret-key' } };
    await expect(openS3ObjectStore(wrong)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('refuses a key prefix that is not key segments ending in "/"', async () => {
    for (const bad of ['no-slash', '../up/', '/abs/']) {
      await expect(openS3ObjectStore(config, { keyPrefix: bad })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    }
  });
});
