import type { Person } from '@freeface/domain';

/** metadata.source of the persons clustering makes */
export const AUTO_PERSON_SOURCE = 'face-cluster';

/** A person made by clustering from a cluster: the cluster's id becomes the person's (a retry finds it). */
export function newAutoPerson(clusterId: string, now: Date): Person {
  return {
    id: clusterId,
    metadata: { source: AUTO_PERSON_SOURCE, cluster_id: clusterId },
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Made by clustering and not claimed since: no name, no external id. Clustering may merge such a person into
 * another, or rebuild it when re-clustering; a person someone has named is left alone.
 */
export const isAutoPerson = (person: Person): boolean =>
  person.metadata.source === AUTO_PERSON_SOURCE && person.name === undefined && person.externalId === undefined;
