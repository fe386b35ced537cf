import type { Readable } from 'node:stream';
import { type ImageRecord, NotFoundError } from '@freeface/domain';
import type { Storage } from '@freeface/storage';
import type { ImageBytes } from './image-bytes.js';

/** Where an image's bytes live: content-addressed, so the same bytes are one object. */
export const imageObjectKey = (id: string): string => `images/${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
/** Where the marker of a recognition evidence photo lives (evidence/evidence.service.ts). */
export const EVIDENCE_PREFIX = 'evidence/';
export const evidenceKey = (imageId: string): string => `${EVIDENCE_PREFIX}${imageId}`;

/**
 * Images, stored once per content: the bytes in the object store under imageObjectKey, the record (size,
 * type) in the metadata store. An image stays while a face uses it. Writes run under the image's lock,
 * which the callers (enrollment, face removal) hold.
 */
export class ImageService {
  constructor(private readonly storage: Pick<Storage, 'metadata' | 'objects'>) {}

  /** The bytes, unless already stored (a retry or a second enrollment of the same photo writes nothing). */
  async putBytes(image: ImageBytes): Promise<void> {
    const key = imageObjectKey(image.id);
    if (await this.storage.objects.head(key)) return;
    await this.storage.objects.put(key, image.bytes, image.contentType);
  }

  /** The bytes and the record; idempotent. */
  async store(image: ImageBytes, size: { width: number; height: number }): Promise<ImageRecord> {
    await this.putBytes(image);
    const existing = await this.storage.metadata.images.get(image.id);
    if (existing) return existing;
    const record: ImageRecord = {
      id: image.id,
      contentType: image.contentType,
      width: size.width,
      height: size.height,
      bytes: image.bytes.byteLength,
      createdAt: new Date(),
    };
    await this.storage.metadata.images.put(record);
    return record;
  }

  async get(id: string): Promise<ImageRecord> {
    const record = await this.storage.metadata.images.get(id);
    if (!record) throw new NotFoundError('image', id);
    return record;
  }

  /** The record and a stream of the bytes. */
  async open(id: string): Promise<{ record: ImageRecord; body: Readable }> {
    const record = await this.get(id);
    const object = await this.storage.objects.get(imageObjectKey(id));
    if (!object) throw new NotFoundError('image bytes of', id);
    return { record, body: object.body };
  }

  /** whether the bytes are still stored (a dead-lettered job's, before it is retried) */
  async hasBytes(id: string): Promise<boolean> {
    return (await this.storage.objects.head(imageObjectKey(id))) !== undefined;
  }

  /** All the bytes (the async worker reads back what enroll_async stored); NotFoundError when gone. */
  async readBytes(id: string): Promise<Buffer> {
    const object = await this.storage.objects.get(imageObjectKey(id));
    if (!object) throw new NotFoundError('image bytes of', id);
    const chunks: Buffer[] = [];
    for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }

  /**
   * Removes the bytes an async job stored when nothing else has them: no face cut from them and no image
   * record (an enrollment of the same photo made one); true when it did. The caller holds the image's lock.
   */
  async removeBytesIfUnreferenced(id: string): Promise<boolean> {
    if ((await this.storage.metadata.faces.listIdsByImage(id)).length > 0) return false;
    if (await this.storage.metadata.images.get(id)) return false;
    await this.storage.objects.delete(imageObjectKey(id));
    return true;
  }

  /** Removes the image when no face uses it any more and it is no recognition evidence; true when it did. */
  async removeIfUnused(id: string): Promise<boolean> {
    if (await this.storage.objects.head(evidenceKey(id))) return false; // the evidence's own lifetime decides
    return this.removeIfNoFace(id);
  }

  /** Removes the image when no face uses it (evidence that expired or lost its persons); true when it did. */
  async removeIfNoFace(id: string): Promise<boolean> {
    if ((await this.storage.metadata.faces.listIdsByImage(id)).length > 0) return false;
    // the record last: while it stays, a failed removal is found again and retried
    await this.storage.objects.delete(imageObjectKey(id));
    await this.storage.metadata.images.delete(id);
    return true;
  }
}
