// Between the generated messages of freeface.cluster.v1 (src/generated) and the clustering's results, both
// ways, so the client and the server cannot drift apart. Only what does work is here: the status enum,
// absent ids (undefined here, empty strings on the wire), a cluster's id and date; the other messages go
// through as they are.
import {
  type ClusterNaming,
  type ClusterOutcome,
  type FaceMovedOut,
  InvalidArgumentError,
  type MergedClusters,
  type MovedFace,
} from '@freeface/domain';
import type {
  ClusterFaceResponse,
  ClusterFaceResponse__Output,
} from '../generated/freeface/cluster/v1/ClusterFaceResponse.js';
import type { ClusterStatus__Output } from '../generated/freeface/cluster/v1/ClusterStatus.js';
import type {
  ListClustersResponse,
  ListClustersResponse__Output,
} from '../generated/freeface/cluster/v1/ListClustersResponse.js';
import type {
  MergeClustersResponse,
  MergeClustersResponse__Output,
} from '../generated/freeface/cluster/v1/MergeClustersResponse.js';
import type {
  MoveFaceOutResponse,
  MoveFaceOutResponse__Output,
} from '../generated/freeface/cluster/v1/MoveFaceOutResponse.js';
import type { MoveFaceResponse__Output } from '../generated/freeface/cluster/v1/MoveFaceResponse.js';
import type {
  NameClusterRequest,
  NameClusterRequest__Output,
} from '../generated/freeface/cluster/v1/NameClusterRequest.js';
import { enumNames, type Specified } from '../wire-enums.js';
import type { ClusterInfo, ClusterList } from './face-cluster.types.js';

const STATUSES = enumNames<Specified<ClusterStatus__Output>, ClusterOutcome['status']>()({
  CLUSTER_STATUS_CLUSTERED: 'clustered',
  CLUSTER_STATUS_ALREADY: 'already',
  CLUSTER_STATUS_SKIPPED: 'skipped',
});

/** An id the wire leaves empty is no id. */
export const idOf = (id: string): string | undefined => (id ? id : undefined);
const withId = <K extends string>(key: K, id: string) => (id ? { [key]: id } : {}) as Partial<Record<K, string>>;

// ---- the server's side ----

export const toWireClusterFace = (r: ClusterOutcome): ClusterFaceResponse => ({
  ...r,
  status: STATUSES.wireOf(r.status),
});

export const toWireClusters = (list: ClusterList): ListClustersResponse => ({
  ...list,
  clusters: list.clusters.map((c) => ({
    clusterId: c.id,
    model: c.model,
    personId: c.personId,
    faceIds: [...c.faceIds],
    updatedAt: c.updatedAt.toISOString(),
  })),
});

/** The naming of a request; metadata_json that is no JSON object is INVALID_ARGUMENT. */
export const fromWireNaming = (r: NameClusterRequest__Output): ClusterNaming => {
  let metadata: Record<string, unknown> | undefined;
  if (r.metadataJson) {
    try {
      metadata = JSON.parse(r.metadataJson);
    } catch {
      metadata = undefined;
    }
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
      throw new InvalidArgumentError('metadata_json must be a JSON object');
  }
  return { name: r.name, ...withId('externalId', r.externalId), ...(metadata ? { metadata } : {}) };
};

export const toWireMovedOut = (r: FaceMovedOut): MoveFaceOutResponse => ({ ...r });

export const toWireMergedClusters = (r: MergedClusters): MergeClustersResponse => ({ ...r });

// ---- the client's side ----

export const fromWireMovedOut = (r: MoveFaceOutResponse__Output): FaceMovedOut => ({
  ...r,
  previousPersonId: idOf(r.previousPersonId),
});

export const fromWireMergedClusters = (r: MergeClustersResponse__Output): MergedClusters => ({
  ...r,
  personId: idOf(r.personId),
});

export const toWireNaming = (clusterId: string, naming: ClusterNaming): NameClusterRequest => ({
  clusterId,
  name: naming.name,
  externalId: naming.externalId ?? '',
  metadataJson: naming.metadata ? JSON.stringify(naming.metadata) : '',
});

export const fromWireClusterFace = (r: ClusterFaceResponse__Output): ClusterOutcome => ({
  faceId: r.faceId,
  status: STATUSES.nameOf(r.status) ?? 'skipped',
  ...withId('clusterId', r.clusterId),
  ...withId('personId', r.personId),
  createdPerson: r.createdPerson,
});

export const fromWireMoveFace = (r: MoveFaceResponse__Output): MovedFace => ({
  ...r,
  previousPersonId: idOf(r.previousPersonId),
});

export const fromWireClusters = (r: ListClustersResponse__Output): ClusterList => ({
  ...r,
  clusters: r.clusters.map(
    (c): ClusterInfo => ({
      id: c.clusterId,
      model: c.model,
      ...withId('personId', c.personId),
      faceIds: c.faceIds,
      updatedAt: new Date(c.updatedAt),
    }),
  ),
});
