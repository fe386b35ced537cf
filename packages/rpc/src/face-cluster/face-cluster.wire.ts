// freeface.cluster.v1 messages as @grpc/proto-loader reads and writes them (camelCase fields, enums as their
// names, empty strings for absent ids), and their conversion to and from face-cluster.types.ts. Both
// directions are here so the client and the server cannot drift apart.
import type {
  AssignUnknownResult,
  ClusterFaceResult,
  ClusterInfo,
  ClusterList,
  ClusterStatus,
  MergePersonsResult,
  MoveFaceResult,
  ReclusterResult,
} from './face-cluster.types.js';

export interface WireClusterFaceRequest {
  faceId: string;
}
export interface WireClusterFaceResponse {
  faceId: string;
  status: string;
  clusterId: string;
  personId: string;
  createdPerson: boolean;
}
export interface WireModelRequest {
  model: string;
}
export type WireAssignUnknownResponse = AssignUnknownResult;
export interface WireMergePersonsRequest {
  personId: string;
  fromPersonId: string;
}
export type WireMergePersonsResponse = MergePersonsResult;
export interface WireMoveFaceRequest {
  faceId: string;
  personId: string;
}
export interface WireMoveFaceResponse {
  faceId: string;
  personId: string;
  previousPersonId: string;
  moved: boolean;
}
export interface WireReclusterRequest {
  model: string;
  threshold?: number | null;
}
export type WireReclusterResponse = ReclusterResult;
export interface WireListClustersRequest {
  model: string;
  limit: number;
}
export interface WireCluster {
  clusterId: string;
  model: string;
  personId: string;
  faceIds: string[];
  updatedAt: string;
}
export interface WireListClustersResponse {
  model: string;
  clusters: WireCluster[];
  total: number;
}

const STATUS = 'CLUSTER_STATUS_';
const STATUSES: readonly ClusterStatus[] = ['clustered', 'already', 'skipped'];
const optionalId = (id: string | undefined | null) => (id ? id : undefined);
const withId = <K extends string>(key: K, id: string | undefined | null) =>
  (id ? { [key]: id } : {}) as Partial<Record<K, string>>;

// ---- plain -> wire ----

export const toWireClusterFace = (r: ClusterFaceResult): WireClusterFaceResponse => ({
  faceId: r.faceId,
  status: `${STATUS}${r.status.toUpperCase()}`,
  clusterId: r.clusterId ?? '',
  personId: r.personId ?? '',
  createdPerson: r.createdPerson,
});

export const toWireMoveFace = (r: MoveFaceResult): WireMoveFaceResponse => ({
  faceId: r.faceId,
  personId: r.personId,
  previousPersonId: r.previousPersonId ?? '',
  moved: r.moved,
});

export const toWireClusters = (list: ClusterList): WireListClustersResponse => ({
  model: list.model,
  total: list.total,
  clusters: list.clusters.map((c) => ({
    clusterId: c.id,
    model: c.model,
    personId: c.personId ?? '',
    faceIds: [...c.faceIds],
    updatedAt: c.updatedAt.toISOString(),
  })),
});

// ---- wire -> plain ----

export const fromWireModel = (model: string | undefined | null): string | undefined => optionalId(model);

export const fromWireThreshold = (r: WireReclusterRequest): number | undefined =>
  typeof r.threshold === 'number' ? r.threshold : undefined;

export const fromWireClusterFace = (r: WireClusterFaceResponse): ClusterFaceResult => ({
  faceId: r.faceId,
  status: STATUSES.find((s) => `${STATUS}${s.toUpperCase()}` === r.status) ?? 'skipped',
  ...withId('clusterId', r.clusterId),
  ...withId('personId', r.personId),
  createdPerson: r.createdPerson,
});

export const fromWireMoveFace = (r: WireMoveFaceResponse): MoveFaceResult => ({
  faceId: r.faceId,
  personId: r.personId,
  previousPersonId: optionalId(r.previousPersonId),
  moved: r.moved,
});

export const fromWireClusters = (r: WireListClustersResponse): ClusterList => ({
  model: r.model,
  total: r.total,
  clusters: r.clusters.map(
    (c): ClusterInfo => ({
      id: c.clusterId,
      model: c.model,
      ...withId('personId', c.personId),
      faceIds: [...c.faceIds],
      updatedAt: new Date(c.updatedAt),
    }),
  ),
});
