// @freeface/rpc: the platform's gRPC services from proto/: typed clients, server helpers (health, reflection,
// error statuses), and the plain TypeScript shapes of their messages (from src/generated, npm run gen:grpc).
export { ExtractorClient, type ExtractorClientOptions } from './extractor/extractor.client.js';
export {
  EXTRACTOR_ACCESS,
  EXTRACTOR_PROTO,
  EXTRACTOR_SERVICE,
  type ExtractorHandlers,
  extractorService,
} from './extractor/extractor.server.js';
export * from './extractor/extractor.types.js';
export { FaceClusterClient, type FaceClusterClientOptions } from './face-cluster/face-cluster.client.js';
export {
  FACE_CLUSTER_ACCESS,
  FACE_CLUSTER_PROTO,
  FACE_CLUSTER_SERVICE,
  type FaceClusterHandlers,
  faceClusterService,
} from './face-cluster/face-cluster.server.js';
export * from './face-cluster/face-cluster.types.js';
export {
  API_KEY_KEY,
  type ApiKeyHolder,
  type ApiKeyVerifier,
  AUTHORIZATION_KEY,
  type Caller,
  type Credential,
  callerOf,
  checkAccess,
  deriveServiceToken,
  type GrpcAuth,
  guardService,
  type MethodAccess,
  type MethodsOf,
  type ServiceSecrets,
  serviceCredential,
  serviceTokenOf,
  setCredential,
} from './grpc-auth.js';
export {
  ERROR_CODE_KEY,
  type ErrorReport,
  fromServiceError,
  INTERNAL_MESSAGE,
  RpcError,
  reportOf,
  statusName,
  toStatusObject,
} from './grpc-errors.js';
export {
  channelOptions,
  type GrpcServerOptions,
  type GrpcService,
  type RunningGrpcServer,
  startGrpcServer,
} from './grpc-server.js';
export { type HealthStatus, healthCheck } from './health-check.js';
export { loadProto, loadStandardProtos, methodOf, PROTO_DIR, PROTO_OPTIONS, serviceOf } from './proto-definitions.js';
export { type CallContext, type CallRecord, REQUEST_ID_KEY, type UnaryOptions, unary } from './unary-call.js';
export { type CallSettings, callUnary, type UnaryMethod } from './unary-client.js';
