import { unitVector } from '@freeface/domain';
import type { VectorStore } from '@freeface/storage';
import type { ClusterSettings } from './cluster-settings.js';

/** Faces looked at per search, and faces of one person averaged at most. */
const NEIGHBOURS = 50;
const FACES_PER_PERSON = 10;

export interface PersonNearby {
  readonly personId: string;
  /** average cosine similarity of the cluster's faces to the person's nearest faces */
  readonly affinity: number;
}

/**
 * The existing person a cluster is alike to (auto_associate): the vector index is searched with the
 * cluster's centroid, and each person found is scored by the average similarity of the cluster's faces
 * to that person's nearest faces (up to ten): the centroid's length times the mean cosine to them.
 */
export class PersonFinder {
  constructor(
    private readonly vectors: VectorStore,
    private readonly settings: ClusterSettings,
  ) {}

  async nearest(
    model: string,
    centroid: readonly number[],
    options: { exclude?: ReadonlySet<string> } = {},
  ): Promise<PersonNearby | undefined> {
    const { dimension, threshold } = this.settings.model(model);
    const length = Math.hypot(...centroid);
    if (!(length > 0)) return undefined;
    const index = await this.vectors.index(model, dimension);
    const hits = await index.search(unitVector(centroid), NEIGHBOURS, { kind: 'all' });
    const byPerson = new Map<string, number[]>();
    for (const { personId, similarity } of hits) {
      if (personId === undefined || options.exclude?.has(personId)) continue;
      const seen = byPerson.get(personId) ?? [];
      if (seen.length < FACES_PER_PERSON) byPerson.set(personId, [...seen, similarity]);
    }
    let best: PersonNearby | undefined;
    for (const [personId, similarities] of byPerson) {
      const affinity = (length * similarities.reduce((a, b) => a + b, 0)) / similarities.length;
      if (affinity >= threshold && (!best || affinity > best.affinity)) best = { personId, affinity };
    }
    return best;
  }
}
