import { randomUUID } from 'node:crypto';
import { boxOverlap, type Face, type Person } from '@freeface/domain';
import type { MetadataStore } from '@freeface/storage';
import type { AppearanceContext, AppearanceService } from './appearance.service.js';
import { type CandidateAnalysis, type CandidateFace, pickFaces } from './face-choice.js';
import type { FaceEventSink } from './face-events.js';
import { jobFaceId } from './face-ids.js';
import type { ImageService } from './image.service.js';
import type { ImageBytes } from './image-bytes.js';
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
  /** given any of these, each enrolled face is also a appearance of the person */
  context: AppearanceContext;
}

/** Neither personId nor externalId: the faces belong to no person (face-cluster groups them). */
export interface EnrollRequest extends PersonRef {
  image: ImageBytes;
  options: EnrollOptions;
  /** the enroll_async job: its faces get ids made from the job id, so running it again makes the same faces */
  jobId?: string | undefined;
}

export interface Enrollment {
  /** undefined: enrolled under no person */
  person: Person | undefined;
  imageId: string;
  /** created: false when this face of this image was enrolled for the person (or by this job) before */
  faces: Array<{ face: Face; created: boolean }>;
}

/** Image bytes to faces with embeddings: the in-process analyzer, or the extractor over gRPC. */
export type Extract = (bytes: Uint8Array, options: { minQuality?: number | undefined }) => Promise<CandidateAnalysis>;

export interface EnrollDeps {
  metadata: MetadataStore;
  persons: PersonService;
  images: ImageService;
  indexes: VectorIndexes;
  locks: Locks;
  appearances: AppearanceService;
  events: FaceEventSink;
  /** for enroll(); enrollAnalyzed() takes an analysis made elsewhere (a batch of the async workers) */
  extract?: Extract;
}

const hasContext = (c: AppearanceContext) =>
  c.seenAt !== undefined || c.location !== undefined || c.sourceId !== undefined;

interface Chosen {
  face: Face;
  created: boolean;
  /** the embedding goes (again) to the vector index: new faces, and faces of an earlier run of this job */
  write: boolean;
  embedding: Float32Array;
}

/**
 * Enrollment: the faces of an image become faces of a person (or of nobody yet). The image is stored once
 * (content-addressed); enrolling the same image for the same person again finds the faces made the first
 * time instead of making new ones, and an async job run twice makes its faces once. Metadata first, then
 * the vector, so a search never finds a face the store does not know; then the face events.
 */
export class EnrollService {
  constructor(private readonly deps: EnrollDeps) {}

  async enroll(request: EnrollRequest): Promise<Enrollment> {
    if (!this.deps.extract) throw new Error('this EnrollService has no extractor: use enrollAnalyzed');
    const analysis = await this.deps.extract(request.image.bytes, { minQuality: request.options.minQuality });
    return this.enrollAnalyzed(request, analysis);
  }

  /** Enrolls the faces of an analysis of request.image made before (same bytes). */
  async enrollAnalyzed(
    { image, options, jobId, ...ref }: EnrollRequest,
    analysis: CandidateAnalysis,
  ): Promise<Enrollment> {
    const { locks, images, appearances, events } = this.deps;
    const person =
      ref.personId !== undefined || ref.externalId !== undefined ? await this.deps.persons.resolve(ref) : undefined;
    const chosen = pickFaces(analysis, 'image_data', options.multiFace);
    const model = analysis.embedderId;

    const faces = await locks.with(`image:${image.id}`, async () => {
      await images.store(image, analysis);
      const result = await this.match(person?.id, image.id, model, chosen, jobId);
      await this.save(
        result.filter((r) => r.write),
        model,
      );
      return result;
    });

    await events.enrolled(
      faces.map(({ face, embedding }) => ({ face, embedding })),
      jobId,
    );
    if (person && hasContext(options.context)) {
      for (const { face } of faces) {
        await appearances.record(
          { personId: person.id, imageId: image.id, box: face.box, similarity: 1 },
          options.context,
        );
      }
    }
    return { person, imageId: image.id, faces: faces.map(({ face, created }) => ({ face, created })) };
  }

  /** Each chosen face: one enrolled before (same person, image and box; or same job), or a new one. */
  private async match(
    personId: string | undefined,
    imageId: string,
    model: string,
    chosen: CandidateFace[],
    jobId: string | undefined,
  ): Promise<Chosen[]> {
    const { metadata } = this.deps;
    const earlier =
      personId === undefined
        ? []
        : (await metadata.faces.listByPersonAndImage(personId, imageId)).filter((f) => f.model === model);
    return Promise.all(
      chosen.map(async (analyzed, index) => {
        const embedding = analyzed.embedding as Float32Array;
        const id = jobId === undefined ? randomUUID() : jobFaceId(jobId, index);
        const same = earlier.find((f) => boxOverlap(f.box, analyzed.detection.box) >= SAME_FACE_OVERLAP);
        if (same) return { face: same, created: false, write: same.id === id, embedding };
        const before = jobId === undefined ? undefined : await metadata.faces.get(id);
        if (before) return { face: before, created: false, write: true, embedding };
        return { face: this.newFace(id, personId, imageId, model, analyzed), created: true, write: true, embedding };
      }),
    );
  }

  private newFace(
    id: string,
    personId: string | undefined,
    imageId: string,
    model: string,
    analyzed: CandidateFace,
  ): Face {
    const { box, score } = analyzed.detection;
    return {
      id,
      imageId,
      model,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      detectionScore: score,
      quality: analyzed.quality.score,
      createdAt: new Date(),
      ...(personId !== undefined ? { personId } : {}),
    };
  }

  /**
   * The records, then the vectors (upserts: writing a face again is harmless); when the vectors fail, the
   * records made here go again (nothing half-made stays).
   */
  private async save(faces: Chosen[], model: string): Promise<void> {
    if (faces.length === 0) return;
    const { metadata, indexes } = this.deps;
    await Promise.all(faces.map(({ face }) => metadata.faces.put(face)));
    try {
      const index = await indexes.of(model, (faces[0] as Chosen).embedding.length);
      await index.upsert(
        faces.map(({ face, embedding }) => ({ faceId: face.id, personId: face.personId, vector: embedding })),
      );
    } catch (error) {
      await Promise.allSettled(faces.filter((f) => f.created).map(({ face }) => metadata.faces.delete(face.id)));
      throw error;
    }
  }
}
