// A multipart upload of a buffer already in memory: parts of partSize bytes (the last one shorter), a few
// in flight at once, then one CompleteMultipartUpload that makes the object appear whole. On any failure
// the upload is aborted, so the server drops the parts it kept and no half object is ever visible.
import {
  AbortMultipartUploadCommand,
  type CompletedPart,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  type S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';

/** S3's smallest part, except the last */
export const MIN_PART_SIZE = 5 * 1024 * 1024;

export interface MultipartTarget {
  client: S3Client;
  bucket: string;
  key: string;
  contentType: string;
  /** server-side encryption asked for, if any */
  sse?: { ServerSideEncryption?: 'AES256' | 'aws:kms' };
}

export async function putMultipart(
  target: MultipartTarget,
  body: Buffer,
  partSize: number,
  concurrency = 4,
): Promise<void> {
  const { client, bucket, key, contentType, sse } = target;
  const created = await client.send(
    new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType, ...sse }),
  );
  const uploadId = created.UploadId;
  if (!uploadId) throw new Error(`S3 gave no upload id for ${key}`);
  try {
    const count = Math.ceil(body.length / partSize);
    const parts: CompletedPart[] = new Array(count);
    let next = 0;
    let failed = false;
    const worker = async () => {
      while (!failed && next < count) {
        const index = next++;
        const PartNumber = index + 1;
        const uploaded = await client.send(
          new UploadPartCommand({
            Bucket: bucket,
            Key: key,
            UploadId: uploadId,
            PartNumber,
            Body: body.subarray(index * partSize, (index + 1) * partSize),
          }),
        );
        parts[index] = { ETag: uploaded.ETag, PartNumber };
      }
    };
    const stopOthersOnFailure = () =>
      worker().catch((error: unknown) => {
        failed = true;
        throw error;
      });
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, stopOthersOnFailure));
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: parts },
      }),
    );
  } catch (error) {
    await client
      .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }))
      .catch(() => {});
    throw error;
  }
}
