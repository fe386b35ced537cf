import type { GrpcService } from '../grpc-server.js';
import { loadProto, serviceOf } from '../proto-definitions.js';
import { type CallContext, type UnaryOptions, unary } from '../unary-call.js';
import type {
  AssignUnknownResult,
  ClusterFaceResult,
  ClusterList,
  MergePersonsResult,
  MoveFaceResult,
  ReclusterResult,
} from './face-cluster.types.js';
import {
  fromWireModel,
  fromWireThreshold,
  toWireClusterFace,
  toWireClusters,
  toWireMoveFace,
  type WireClusterFaceRequest,
  type WireListClustersRequest,
  type WireMergePersonsRequest,
  type WireModelRequest,
  type WireMoveFaceRequest,
  type WireReclusterRequest,
} from './face-cluster.wire.js';

export const FACE_CLUSTER_SERVICE = 'freeface.cluster.v1.FaceCluster';
export const FACE_CLUSTER_PROTO = 'face_cluster.proto';

/** What face-cluster does, in plain TypeScript; faceClusterService() puts it on the wire. A model left out: the default. */
export interface FaceClusterHandlers {
  clusterFace(faceId: string, context: CallContext): Promise<ClusterFaceResult>;
  assignUnknown(model: string | undefined, context: CallContext): Promise<AssignUnknownResult>;
  mergePersons(personId: string, fromPersonId: string, context: CallContext): Promise<MergePersonsResult>;
  moveFace(faceId: string, personId: string, context: CallContext): Promise<MoveFaceResult>;
  recluster(model: string | undefined, threshold: number | undefined, context: CallContext): Promise<ReclusterResult>;
  /** limit 0: all */
  listClusters(model: string | undefined, limit: number, context: CallContext): Promise<ClusterList>;
}

/** freeface.cluster.v1.FaceCluster served by `handlers`, ready for startGrpcServer(). */
export function faceClusterService(handlers: FaceClusterHandlers, options: UnaryOptions): GrpcService {
  const protos = loadProto(FACE_CLUSTER_PROTO);
  return {
    name: FACE_CLUSTER_SERVICE,
    definition: serviceOf(protos, FACE_CLUSTER_SERVICE),
    protos,
    implementation: {
      ClusterFace: unary(
        'ClusterFace',
        async (r: WireClusterFaceRequest, ctx) => toWireClusterFace(await handlers.clusterFace(r.faceId, ctx)),
        options,
      ),
      AssignUnknown: unary(
        'AssignUnknown',
        (r: WireModelRequest, ctx) => handlers.assignUnknown(fromWireModel(r.model), ctx),
        options,
      ),
      MergePersons: unary(
        'MergePersons',
        (r: WireMergePersonsRequest, ctx) => handlers.mergePersons(r.personId, r.fromPersonId, ctx),
        options,
      ),
      MoveFace: unary(
        'MoveFace',
        async (r: WireMoveFaceRequest, ctx) => toWireMoveFace(await handlers.moveFace(r.faceId, r.personId, ctx)),
        options,
      ),
      Recluster: unary(
        'Recluster',
        (r: WireReclusterRequest, ctx) => handlers.recluster(fromWireModel(r.model), fromWireThreshold(r), ctx),
        options,
      ),
      ListClusters: unary(
        'ListClusters',
        async (r: WireListClustersRequest, ctx) =>
          toWireClusters(await handlers.listClusters(fromWireModel(r.model), r.limit, ctx)),
        options,
      ),
    },
  };
}
