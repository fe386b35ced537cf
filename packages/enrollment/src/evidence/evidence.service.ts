// Recognition evidence: the photo in which recognize named someone, kept so the timeline's image_id opens.
// The photo is an ordinary image (content-addressed, in the same sealed object store as enrolled photos, with an
// image record); beside it a small marker object, evidence/{image_id}, says when it was last kept and whom it
// showed. The markers are what the retention sweeper walks and what a person's erasure reads: a photo goes once
// it is past FREEFACE_RETENTION_EVIDENCE_DAYS, or once nobody it showed is left, unless an enrolled face was cut
// from it (then it is an enrolled image, and stays while that face does). Writes run under the image's lock.
import type { ObjectStore, Storage } from '@freeface/storage';
import { EVIDENCE_PREFIX, evidenceKey, type ImageService } from '../image.service.js';
import type { ImageBytes } from '../image-bytes.js';
import type { Locks } from '../locks.js';
import type { RetentionTask } from '../retention/retention-sweeper.js';

const DAY_MS = 86_400_000;
const PREFIX = EVIDENCE_PREFIX;

/** What a marker holds. */
export interface EvidenceMarker {
  /** when recognize last kept the photo, ms since the epoch: its retention counts from there */
  keptAt: number;
  /** the persons recognize named in it */
  personIds: string[];
}

const isMarker = (value: unknown): value is EvidenceMarker =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as EvidenceMarker).keptAt === 'number' &&
  Array.isArray((value as EvidenceMarker).personIds);

/** The marker of a photo, undefined when it is no evidence. */
export async function readEvidenceMarker(
  objects: Pick<ObjectStore, 'get'>,
  imageId: string,
): Promise<EvidenceMarker | undefined> {
  const object = await objects.get(evidenceKey(imageId));
  if (!object) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return isMarker(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export class EvidenceService {
  constructor(
    private readonly storage: Pick<Storage, 'objects'>,
    private readonly images: ImageService,
    private readonly locks: Locks,
  ) {}

  /** Keeps the photo as evidence of these persons (idempotent: the same photo again adds to its marker). */
  async keep(image: ImageBytes, size: { width: number; height: number }, personIds: string[], now: Date) {
    await this.locks.with(`image:${image.id}`, async () => {
      await this.images.store(image, size);
      const marker = await this.marker(image.id);
      await this.write(image.id, {
        keptAt: now.getTime(),
        personIds: [...new Set([...(marker?.personIds ?? []), ...personIds])],
      });
    });
  }

  /** The marker of a photo, undefined when it is no evidence. */
  marker(imageId: string): Promise<EvidenceMarker | undefined> {
    return readEvidenceMarker(this.storage.objects, imageId);
  }

  /**
   * A person erased: their name leaves the markers of these photos, and a photo nobody else appears in goes
   * (unless an enrolled face uses it). Answers how many photos went.
   */
  async forget(personId: string, imageIds: Iterable<string>): Promise<number> {
    let removed = 0;
    for (const imageId of new Set(imageIds)) {
      const gone = await this.locks.with(`image:${imageId}`, async () => {
        const marker = await this.marker(imageId);
        if (!marker) return false;
        const others = marker.personIds.filter((id) => id !== personId);
        if (others.length > 0) {
          await this.write(imageId, { ...marker, personIds: others });
          return false;
        }
        return this.drop(imageId);
      });
      if (gone) removed++;
    }
    return removed;
  }

  /** The sweeper's task: the photos kept longer than `days` ago go (0: none ever). */
  retentionTask(days: number): RetentionTask {
    return {
      kind: 'evidence_images',
      sweep: async (now) => {
        if (days <= 0) return 0;
        const before = now.getTime() - days * DAY_MS;
        let removed = 0;
        for await (const key of this.storage.objects.keys(PREFIX)) {
          const imageId = key.slice(PREFIX.length);
          const gone = await this.locks.with(`image:${imageId}`, async () => {
            const marker = await this.marker(imageId);
            if (marker && marker.keptAt >= before) return false;
            return this.drop(imageId);
          });
          if (gone) removed++;
        }
        return removed;
      },
    };
  }

  /** The photo (unless a face uses it) and its marker, the marker last so a removal cut short is found again. */
  private async drop(imageId: string): Promise<boolean> {
    const removed = await this.images.removeIfNoFace(imageId);
    await this.storage.objects.delete(evidenceKey(imageId));
    return removed;
  }

  private write(imageId: string, marker: EvidenceMarker): Promise<void> {
    return this.storage.objects.put(evidenceKey(imageId), Buffer.from(JSON.stringify(marker)), 'application/json');
  }
}
