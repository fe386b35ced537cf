import { randomUUID } from 'node:crypto';
import type { Logger } from '@freeface/observability';
import type { MetadataStore, VectorStore } from '@freeface/storage';
import { ClusterBooks } from './cluster-book.js';
import type { ClusterSettings } from './cluster-settings.js';
import { type AssignmentListener, FaceAssigner } from './face-assigner.js';
import { PersonFinder } from './person-finder.js';

export interface ClusteringDeps {
  readonly metadata: MetadataStore;
  readonly vectors: VectorStore;
  readonly settings: ClusterSettings;
  readonly logger: Logger;
  /** told of every face clustering moves (wire it to face.assigned events) */
  readonly onAssigned?: AssignmentListener | undefined;
  /** ids of new clusters (and of the persons made from them); random uuids unless a test says otherwise */
  readonly newId?: (() => string) | undefined;
  readonly now?: (() => Date) | undefined;
}

/** What the clustering operations share: the stores, the books of clusters, and the helpers over them. */
export interface ClusteringContext {
  readonly metadata: MetadataStore;
  readonly vectors: VectorStore;
  readonly settings: ClusterSettings;
  readonly logger: Logger;
  readonly books: ClusterBooks;
  readonly assigner: FaceAssigner;
  readonly persons: PersonFinder;
  readonly newId: () => string;
  readonly now: () => Date;
}

export function clusteringContext(deps: ClusteringDeps): ClusteringContext {
  return {
    metadata: deps.metadata,
    vectors: deps.vectors,
    settings: deps.settings,
    logger: deps.logger,
    books: new ClusterBooks(deps.metadata.clusters),
    assigner: new FaceAssigner(deps),
    persons: new PersonFinder(deps.vectors, deps.settings),
    newId: deps.newId ?? randomUUID,
    now: deps.now ?? (() => new Date()),
  };
}
