import { type Config, grpcListenHost } from '@freeface/config';
import type { Logger } from '@freeface/observability';
import {
  type FaceClusterHandlers,
  faceClusterService,
  type GrpcAuth,
  type RunningGrpcServer,
  startGrpcServer,
} from '@freeface/rpc';
import type { ClusteringMetrics } from './clustering.metrics.js';
import type { FaceClustering } from './face-clustering.js';

/** The gRPC handlers of freeface.cluster.v1.FaceCluster over the clustering. */
export function faceClusterHandlers(clustering: FaceClustering): FaceClusterHandlers {
  return {
    clusterFace: (faceId) => clustering.clusterFace(faceId),
    assignUnknown: (model) => clustering.assignUnknown(model),
    mergePersons: (personId, fromPersonId) => clustering.mergePersons(personId, fromPersonId),
    moveFace: (faceId, personId) => clustering.moveFace(faceId, personId),
    recluster: (model, threshold) => clustering.recluster(model, { threshold }),
    nameCluster: (clusterId, naming) => clustering.nameCluster(clusterId, naming),
    moveFaceOut: (clusterId, faceId) => clustering.moveFaceOut(clusterId, faceId),
    mergeClusters: (clusterId, fromClusterId) => clustering.mergeClusters(clusterId, fromClusterId),
    async listClusters(model, limit) {
      const clusters = await clustering.listClusters(model);
      return {
        model: model ?? clustering.defaultModel,
        total: clusters.length,
        clusters: limit > 0 ? clusters.slice(0, limit) : clusters,
      };
    },
  };
}

export interface FaceClusterServerDeps {
  readonly config: Pick<Config, 'cluster' | 'runtime'>;
  readonly clustering: FaceClustering;
  /** who may call it: the service token, API keys by role */
  readonly auth: GrpcAuth;
  readonly logger: Logger;
  readonly metrics?: ClusteringMetrics;
}

/**
 * face-cluster's gRPC server on settings cluster.host:port (unset host: loopback in the embedded profile),
 * with the health service and reflection open and every face-cluster method behind `auth`. The
 * face-cluster service runs it; the embedded all-in-one process serves it beside the REST API.
 */
export function startFaceClusterServer({
  config,
  clustering,
  auth,
  logger,
  metrics,
}: FaceClusterServerDeps): Promise<RunningGrpcServer> {
  const service = faceClusterService(faceClusterHandlers(clustering), {
    logger,
    ...(metrics ? { onCall: metrics.onCall } : {}),
  });
  return startGrpcServer([service], {
    host: grpcListenHost(config, config.cluster.host),
    port: config.cluster.port,
    maxMessageBytes: 16 * 1024 * 1024,
    auth,
    logger,
  });
}
