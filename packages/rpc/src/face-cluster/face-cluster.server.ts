import type {
  ClusterNaming,
  ClusterOutcome,
  FaceMovedOut,
  MergedClusters,
  MergedPersons,
  MovedFace,
  NamedCluster,
  ReclusterReport,
  UnknownOutcome,
} from '@freeface/domain';
import type { FaceClusterHandlers as WireHandlers } from '../generated/freeface/cluster/v1/FaceCluster.js';
import type { MethodAccess, MethodsOf } from '../grpc-auth.js';
import type { GrpcService } from '../grpc-server.js';
import { loadProto, serviceOf } from '../proto-definitions.js';
import { type CallContext, type UnaryOptions, unary } from '../unary-call.js';
import {
  fromWireNaming,
  idOf,
  toWireClusterFace,
  toWireClusters,
  toWireMergedClusters,
  toWireMovedOut,
} from './face-cluster.convert.js';
import type { ClusterList } from './face-cluster.types.js';

export const FACE_CLUSTER_SERVICE = 'freeface.cluster.v1.FaceCluster';
export const FACE_CLUSTER_PROTO = 'face_cluster.proto';

/** Who may call what, as on the REST API: viewers read the clusters, operators and admins change them. */
export const FACE_CLUSTER_ACCESS: MethodAccess<MethodsOf<WireHandlers>> = {
  ListClusters: 'viewer',
  ClusterFace: 'operator',
  AssignUnknown: 'operator',
  MergePersons: 'operator',
  MoveFace: 'operator',
  Recluster: 'operator',
  NameCluster: 'operator',
  MoveFaceOut: 'operator',
  MergeClusters: 'operator',
};

/** What face-cluster does, in plain TypeScript; faceClusterService() puts it on the wire. A model left out: the default. */
export interface FaceClusterHandlers {
  clusterFace(faceId: string, context: CallContext): Promise<ClusterOutcome>;
  assignUnknown(model: string | undefined, context: CallContext): Promise<UnknownOutcome>;
  mergePersons(personId: string, fromPersonId: string, context: CallContext): Promise<MergedPersons>;
  moveFace(faceId: string, personId: string, context: CallContext): Promise<MovedFace>;
  recluster(model: string | undefined, threshold: number | undefined, context: CallContext): Promise<ReclusterReport>;
  /** limit 0: all */
  listClusters(model: string | undefined, limit: number, context: CallContext): Promise<ClusterList>;
  nameCluster(clusterId: string, naming: ClusterNaming, context: CallContext): Promise<NamedCluster>;
  moveFaceOut(clusterId: string, faceId: string, context: CallContext): Promise<FaceMovedOut>;
  mergeClusters(clusterId: string, fromClusterId: string, context: CallContext): Promise<MergedClusters>;
}

/** freeface.cluster.v1.FaceCluster served by `handlers`, ready for startGrpcServer(). */
export function faceClusterService(handlers: FaceClusterHandlers, options: UnaryOptions): GrpcService {
  const protos = loadProto(FACE_CLUSTER_PROTO);
  const implementation: WireHandlers = {
    ClusterFace: unary(
      'ClusterFace',
      async (r, ctx) => toWireClusterFace(await handlers.clusterFace(r.faceId, ctx)),
      options,
    ),
    AssignUnknown: unary('AssignUnknown', (r, ctx) => handlers.assignUnknown(idOf(r.model), ctx), options),
    MergePersons: unary('MergePersons', (r, ctx) => handlers.mergePersons(r.personId, r.fromPersonId, ctx), options),
    MoveFace: unary('MoveFace', (r, ctx) => handlers.moveFace(r.faceId, r.personId, ctx), options),
    Recluster: unary('Recluster', (r, ctx) => handlers.recluster(idOf(r.model), r.threshold, ctx), options),
    ListClusters: unary(
      'ListClusters',
      async (r, ctx) => toWireClusters(await handlers.listClusters(idOf(r.model), r.limit, ctx)),
      options,
    ),
    NameCluster: unary('NameCluster', (r, ctx) => handlers.nameCluster(r.clusterId, fromWireNaming(r), ctx), options),
    MoveFaceOut: unary(
      'MoveFaceOut',
      async (r, ctx) => toWireMovedOut(await handlers.moveFaceOut(r.clusterId, r.faceId, ctx)),
      options,
    ),
    MergeClusters: unary(
      'MergeClusters',
      async (r, ctx) => toWireMergedClusters(await handlers.mergeClusters(r.clusterId, r.fromClusterId, ctx)),
      options,
    ),
  };
  const definition = serviceOf(protos, FACE_CLUSTER_SERVICE);
  return {
    name: FACE_CLUSTER_SERVICE,
    definition,
    protos,
    implementation,
    access: FACE_CLUSTER_ACCESS,
    onCall: options.onCall,
  };
}
