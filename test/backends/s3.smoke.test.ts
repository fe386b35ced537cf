import { randomBytes, randomUUID } from 'node:crypto';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { requireBackend } from '@freeface/testing';
import { describe, expect, it } from 'vitest';

const { up, config } = await requireBackend('s3');

describe.skipIf(!up)('s3 smoke', () => {
  it('puts an object with a content type, reads it back, deletes it', async () => {
    const { bucket } = config.s3;
    const key = `smoke/${randomUUID()}.jpg`;
    const body = randomBytes(4096); // random bytes, so a byte-for-byte match means a real round trip
    const s3 = new S3Client({
      endpoint: config.s3.endpoint,
      region: config.s3.region,
      forcePathStyle: true,
      credentials: { accessKeyId: config.s3.accessKey, secretAccessKey: config.s3.secretKey },
    });
    try {
      const put = await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'image/jpeg' }),
      );
      expect(put.ETag).toBeTruthy();

      const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      expect(got.ContentType).toBe('image/jpeg');
      expect(got.ContentLength).toBe(body.length);
      const bytes = await got.Body?.transformToByteArray();
      expect(Buffer.from(bytes ?? []).equals(body)).toBe(true);

      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(head).toBeInstanceOf(S3ServiceException);
      expect((head as S3ServiceException).$metadata.httpStatusCode).toBe(404);
      expect((head as S3ServiceException).name).toBe('NotFound');
    } finally {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })).catch(() => {});
      s3.destroy();
    }
  });
});
