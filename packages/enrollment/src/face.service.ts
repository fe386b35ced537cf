import { type Face, NotFoundError, type Page, type PageRequest } from '@freeface/domain';
import type { MetadataStore, VectorIndex } from '@freeface/storage';
import type { FaceEventSink } from './face-events.js';
import type { ImageService } from './image.service.js';
import type { Locks } from './locks.js';
import type { VectorIndexes } from './vector-indexes.js';

/** How many faces a person's removal reads per round. */
const REMOVAL_BATCH = 200;

export interface Removed {
  faces: number;
  images: number;
}

/** Enrolled faces: read one, remove one (vector, record, and its image when no other face uses it). */
export class FaceService {
  constructor(
    private readonly metadata: MetadataStore,
    private readonly indexes: VectorIndexes,
    private readonly images: ImageService,
    private readonly locks: Locks,
    private readonly events: FaceEventSink,
  ) {}

  async get(id: string): Promise<Face> {
    const face = await this.metadata.faces.get(id);
    if (!face) throw new NotFoundError('face', id);
    return face;
  }

  /** A page of a person's faces, in face id order. */
  listByPerson(personId: string, page: PageRequest): Promise<Page<Face>> {
    return this.metadata.faces.listByPerson(personId, page);
  }

  /** NotFoundError when absent. */
  async delete(id: string): Promise<Removed> {
    return this.remove(await this.get(id));
  }

  /**
   * Under the image's lock (a re-embedding writes a face's vector under it too, so it never puts one back
   * after this): the vectors from every model's index, then the record, then the image if unused. Each step
   * is safe to repeat, so a removal cut short is finished by trying again (the record is still there to find).
   */
  async remove(face: Face, indexes?: readonly VectorIndex[]): Promise<Removed> {
    const every = indexes ?? (await this.indexes.every());
    const removed = await this.locks.with(`image:${face.imageId}`, async () => {
      for (const index of every) await index.delete([face.id]);
      await this.metadata.faces.delete(face.id);
      return { faces: 1, images: (await this.images.removeIfUnused(face.imageId)) ? 1 : 0 };
    });
    // after the removal: a removal retried because this failed tells it again, which listeners tolerate
    await this.events.deleted(face);
    return removed;
  }

  /** An image no face uses any more (that of a person's failed job), under its lock; true when removed. */
  removeImageIfUnused(imageId: string): Promise<boolean> {
    return this.locks.with(`image:${imageId}`, () => this.images.removeIfUnused(imageId));
  }

  /** Every face of a person, with their vectors and the images no other face uses. */
  async removeAllOf(personId: string): Promise<Removed> {
    const total: Removed = { faces: 0, images: 0 };
    for (;;) {
      // always the first page: the faces of the previous round are gone
      const { items } = await this.metadata.faces.listByPerson(personId, { limit: REMOVAL_BATCH });
      if (items.length === 0) return total;
      const indexes = await this.indexes.every();
      for (const face of items) {
        const removed = await this.remove(face, indexes);
        total.faces += removed.faces;
        total.images += removed.images;
      }
    }
  }
}
