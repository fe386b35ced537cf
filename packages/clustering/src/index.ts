// @freeface/clustering: groups the faces that belong to no person, as they arrive, over the storage ports;
// merges persons, moves faces, re-clusters. face-cluster serves it over gRPC and Kafka; the embedded
// all-in-one process runs it in process (startFaceClustering).
export { AUTO_PERSON_SOURCE, isAutoPerson } from './auto-person.js';
export type { MergedClusters } from './cluster-merge.js';
export type { ClusterNaming, FaceMovedOut, NamedCluster } from './cluster-naming.js';
export { type ClusterModel, type ClusterSettings, clusterSettings, type ModelFacts } from './cluster-settings.js';
export { type ClusteringMetrics, clusteringMetrics } from './clustering.metrics.js';
export type { ClusteringDeps } from './clustering-context.js';
export { createFaceClustering, type FaceClusteringSetup } from './create-face-clustering.js';
export type { AssignmentListener, AssignReason, FaceAssignment } from './face-assigner.js';
export { type FaceClusterServerDeps, faceClusterHandlers, startFaceClusterServer } from './face-cluster.grpc.js';
export type { ClusterOutcome, UnknownOutcome } from './face-clusterer.js';
export { FaceClustering, type FaceClusteringDeps, type PersonClusterOperations } from './face-clustering.js';
export {
  type FaceClusteringStart,
  faceClusterGroup,
  handleFaceEvent,
  publishAssignments,
  startFaceClustering,
} from './face-event-consumer.js';
export { acquireLease, type Lease, type LeaseOptions } from './leader-lease.js';
export { type OpenFaceClusteringDeps, openFaceClustering } from './open-face-clustering.js';
export type { MergedPersons, MovedFace } from './person-operations.js';
export type { ReclusterOptions, ReclusterReport } from './reclusterer.js';
export {
  type ServedFaceClustering,
  type ServeFaceClusteringDeps,
  serveFaceClustering,
} from './serve-face-clustering.js';
