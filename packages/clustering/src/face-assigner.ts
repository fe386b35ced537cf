import { type Face, NotFoundError } from '@freeface/domain';
import type { Logger } from '@freeface/observability';
import type { MetadataStore, VectorStore } from '@freeface/storage';
import type { ClusterSettings } from './cluster-settings.js';

/** cluster: clustering made or found the person; manual: a user moved the face; merge: two persons became one */
export type AssignReason = 'cluster' | 'manual' | 'merge';

/** A face that changed person: what face.assigned events tell. */
export interface FaceAssignment {
  readonly faceId: string;
  readonly model: string;
  /** undefined: the face belongs to no person now */
  readonly personId: string | undefined;
  readonly previousPersonId: string | undefined;
  readonly reason: AssignReason;
}

/** Told of every face clustering moves, after the move is stored (e.g. to publish face.assigned). */
export type AssignmentListener = (changes: readonly FaceAssignment[]) => Promise<void>;

export interface FaceAssignerDeps {
  readonly metadata: MetadataStore;
  readonly vectors: VectorStore;
  readonly settings: ClusterSettings;
  readonly logger: Logger;
  readonly onAssigned?: AssignmentListener | undefined;
}

/**
 * Moves faces between persons in both stores: the record, then the vector's person (so person-filtered
 * searches follow). Each step is safe to repeat, so a move cut short is finished by moving again.
 */
export class FaceAssigner {
  constructor(private readonly deps: FaceAssignerDeps) {}

  /** The faces (all of `model`) to the person, or to none; faces already there, or gone meanwhile, are skipped. */
  async assign(
    model: string,
    faces: readonly Face[],
    personId: string | undefined,
    reason: AssignReason,
  ): Promise<FaceAssignment[]> {
    const { metadata, vectors, settings, logger, onAssigned } = this.deps;
    const moved: Face[] = [];
    for (const face of faces) {
      if (face.personId === personId) continue;
      if (face.model !== model) throw new Error(`face ${face.id} is of model ${face.model}, not ${model}`);
      try {
        await metadata.faces.assign(face.id, personId);
        moved.push(face);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    if (moved.length === 0) return [];
    const index = await vectors.index(model, settings.model(model).dimension);
    const records = await index.get(moved.map((f) => f.id));
    if (records.length < moved.length) {
      const found = new Set(records.map((r) => r.faceId));
      const missing = moved.filter((f) => !found.has(f.id)).map((f) => f.id);
      logger.warn({ model, faceIds: missing }, 'faces without a vector: their records moved, no vector to move');
    }
    await index.upsert(
      records.map(({ faceId, vector }) => (personId === undefined ? { faceId, vector } : { faceId, personId, vector })),
    );
    const changes = moved.map((face) => ({
      faceId: face.id,
      model,
      personId,
      previousPersonId: face.personId,
      reason,
    }));
    await onAssigned?.(changes);
    return changes;
  }

  /** The faces with these ids that still exist, in the order asked. */
  async facesOf(faceIds: readonly string[]): Promise<Face[]> {
    const faces = await Promise.all(faceIds.map((id) => this.deps.metadata.faces.get(id)));
    return faces.filter((f): f is Face => f !== undefined);
  }
}
