// The one place an S3Client is made, for the object store and for tests that look behind it.
// Path-style addressing (http://host:9000/bucket/key) works on MinIO, versitygw and AWS alike, without
// per-bucket DNS. Checksums only when the operation needs one: the SDK's default CRC32 headers are not
// understood by every S3-compatible server.
import { S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { Config } from '@freeface/config';

export function createS3Client(config: Config): S3Client {
  const { endpoint, region, accessKey, secretKey } = config.s3;
  return new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    credentials: { accessKeyId: accessKey, secretAccessKey: secretKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}

/** a 404 from S3 (NoSuchKey on GET, NotFound on HEAD), but not a missing bucket, which is an outage */
export function isS3NotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404 && error.name !== 'NoSuchBucket';
}

export function s3ErrorStatus(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}
