import { randomUUID } from 'node:crypto';
import { boxOverlap, type Face, type Person } from '@freeface/domain';
import type { MetadataStore } from '@freeface/storage';
import type { AnalyzedFace, FaceAnalyzer } from '@freeface/vision';
import type { AppearanceService, SightingContext } from './appearance.service.js';
import { analyzeField, pickFaces } from './face-analysis.js';
import type { ImageService } from './image.service.js';
import type { ImageBytes } from './image-data.js';
import type { Locks } from './locks.js';
import type { PersonRef, PersonService } from './person.service.js';
import type { VectorIndexes } from './vector-indexes.js';

/** Two boxes of one image overlapping this much are the same face (detection is deterministic: 1 in practice). */
const SAME_FACE_OVERLAP = 0.5;

export interface EnrollOptions {
  /** every face of the image; false: the largest only */
  multiFace: boolean;
  /** faces under this quality are not enrolled (default: the quality.threshold setting) */
  minQuality?: number | undefined;
  /** given any of these, each enrolled face is also a sighting of the person */
  context: SightingContext;
}

export interface EnrollRequest extends PersonRef {
  image: ImageBytes;
  options: EnrollOptions;
}

export interface Enrollment {
  person: Person;
  imageId: string;
  /** created: false when this face of this image was enrolled for the person before */
  faces: Array<{ face: Face; created: boolean }>;
}

export interface EnrollDeps {
  metadata: MetadataStore;
  analyzer: FaceAnalyzer;
  persons: PersonService;
  images: ImageService;
  indexes: VectorIndexes;
  locks: Locks;
  appearances: AppearanceService;
}

const hasContext = (c: SightingContext) =>
  c.capturedAt !== undefined || c.location !== undefined || c.sourceId !== undefined;

/**
 * Enrollment: the faces of an image become faces of a person. The image is stored once (content-addressed);
 * enrolling the same image for the same person again finds the faces made the first time instead of
 * making new ones. Metadata first, then the vector, so a search never finds a face the store does not know.
 */
export class EnrollService {
  constructor(private readonly deps: EnrollDeps) {}

  async enroll({ image, options, ...ref }: EnrollRequest): Promise<Enrollment> {
    const { analyzer, metadata, locks, images, appearances } = this.deps;
    const person = await this.deps.persons.resolve(ref);
    const analysis = await analyzeField(analyzer, 'image_data', image.bytes, { minQuality: options.minQuality });
    const chosen = pickFaces(analysis, 'image_data', options.multiFace);
    const model = analysis.embedderId;

    const faces = await locks.with(`image:${image.id}`, async () => {
      await images.store(image, analysis);
      const earlier = (await metadata.faces.listByPersonAndImage(person.id, image.id)).filter((f) => f.model === model);
      const result = chosen.map((analyzed) => {
        const same = earlier.find((f) => boxOverlap(f.box, analyzed.detection.box) >= SAME_FACE_OVERLAP);
        return same
          ? { face: same, created: false, analyzed }
          : { face: this.newFace(person.id, image.id, model, analyzed), created: true, analyzed };
      });
      await this.save(result.filter((r) => r.created));
      return result.map(({ face, created }) => ({ face, created }));
    });

    if (hasContext(options.context)) {
      for (const { face } of faces) {
        await appearances.record(
          { personId: person.id, imageId: image.id, box: face.box, similarity: 1 },
          options.context,
        );
      }
    }
    return { person, imageId: image.id, faces };
  }

  private newFace(personId: string, imageId: string, model: string, analyzed: AnalyzedFace): Face {
    const { box, score } = analyzed.detection;
    return {
      id: randomUUID(),
      personId,
      imageId,
      model,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      detectionScore: score,
      quality: analyzed.quality.score,
      createdAt: new Date(),
    };
  }

  /** The records, then the vectors; when the vectors fail, the records go again (nothing half-made stays). */
  private async save(created: Array<{ face: Face; analyzed: AnalyzedFace }>): Promise<void> {
    if (created.length === 0) return;
    const { metadata, indexes } = this.deps;
    await Promise.all(created.map(({ face }) => metadata.faces.put(face)));
    try {
      const index = await indexes.current();
      await index.upsert(
        created.map(({ face, analyzed }) => ({
          faceId: face.id,
          personId: face.personId,
          vector: analyzed.embedding as Float32Array,
        })),
      );
    } catch (error) {
      await Promise.allSettled(created.map(({ face }) => metadata.faces.delete(face.id)));
      throw error;
    }
  }
}
