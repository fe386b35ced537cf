import type { Config } from '@freeface/config';
import { Client, credentials } from '@grpc/grpc-js';
import { channelOptions } from '../grpc-server.js';
import { type HealthStatus, healthCheck } from '../health-check.js';
import { loadProto, methodOf, serviceOf } from '../proto-definitions.js';
import { type CallSettings, callUnary } from '../unary-client.js';
import { FACE_CLUSTER_PROTO, FACE_CLUSTER_SERVICE } from './face-cluster.server.js';
import type {
  AssignUnknownResult,
  ClusterFaceResult,
  ClusterList,
  MergePersonsResult,
  MoveFaceResult,
  ReclusterResult,
} from './face-cluster.types.js';
import {
  fromWireClusterFace,
  fromWireClusters,
  fromWireMoveFace,
  type WireAssignUnknownResponse,
  type WireClusterFaceRequest,
  type WireClusterFaceResponse,
  type WireListClustersRequest,
  type WireListClustersResponse,
  type WireMergePersonsRequest,
  type WireMergePersonsResponse,
  type WireModelRequest,
  type WireMoveFaceRequest,
  type WireMoveFaceResponse,
  type WireReclusterRequest,
  type WireReclusterResponse,
} from './face-cluster.wire.js';

export interface FaceClusterClientOptions {
  /** host:port (settings cluster.address) */
  readonly address: string;
  /** deadline of every call; a re-clustering of many faces takes a while */
  readonly timeoutMs: number;
}

const service = serviceOf(loadProto(FACE_CLUSTER_PROTO), FACE_CLUSTER_SERVICE);
const methods = {
  clusterFace: methodOf<WireClusterFaceRequest, WireClusterFaceResponse>(service, 'ClusterFace'),
  assignUnknown: methodOf<WireModelRequest, WireAssignUnknownResponse>(service, 'AssignUnknown'),
  mergePersons: methodOf<WireMergePersonsRequest, WireMergePersonsResponse>(service, 'MergePersons'),
  moveFace: methodOf<WireMoveFaceRequest, WireMoveFaceResponse>(service, 'MoveFace'),
  recluster: methodOf<WireReclusterRequest, WireReclusterResponse>(service, 'Recluster'),
  listClusters: methodOf<WireListClustersRequest, WireListClustersResponse>(service, 'ListClusters'),
};

/**
 * face-cluster for other services (the REST API in the cluster profile, tools): plain objects in and out, a
 * deadline on every call, failures as RpcError (NOT_FOUND, INVALID_ARGUMENT, UNAVAILABLE when unreachable).
 */
export class FaceClusterClient {
  readonly #client: Client;
  readonly #call: CallSettings;

  constructor(options: FaceClusterClientOptions) {
    this.#client = new Client(options.address, credentials.createInsecure(), channelOptions(16 * 1024 * 1024));
    this.#call = { timeoutMs: options.timeoutMs, target: `face-cluster at ${options.address}` };
  }

  /** settings cluster.address and cluster.timeoutMs (a longer deadline for slow calls, e.g. Recluster) */
  static fromConfig({ cluster }: Pick<Config, 'cluster'>, timeoutMs?: number): FaceClusterClient {
    return new FaceClusterClient({ address: cluster.address, timeoutMs: timeoutMs ?? cluster.timeoutMs });
  }

  async clusterFace(faceId: string): Promise<ClusterFaceResult> {
    return fromWireClusterFace(await callUnary(this.#client, methods.clusterFace, { faceId }, this.#call));
  }

  assignUnknown(model?: string): Promise<AssignUnknownResult> {
    return callUnary(this.#client, methods.assignUnknown, { model: model ?? '' }, this.#call);
  }

  /** fromPersonId goes into personId */
  mergePersons(personId: string, fromPersonId: string): Promise<MergePersonsResult> {
    return callUnary(this.#client, methods.mergePersons, { personId, fromPersonId }, this.#call);
  }

  async moveFace(faceId: string, personId: string): Promise<MoveFaceResult> {
    return fromWireMoveFace(await callUnary(this.#client, methods.moveFace, { faceId, personId }, this.#call));
  }

  recluster(options: { model?: string; threshold?: number } = {}): Promise<ReclusterResult> {
    const request = {
      model: options.model ?? '',
      ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    };
    return callUnary(this.#client, methods.recluster, request, this.#call);
  }

  async listClusters(options: { model?: string; limit?: number } = {}): Promise<ClusterList> {
    const request = { model: options.model ?? '', limit: options.limit ?? 0 };
    return fromWireClusters(await callUnary(this.#client, methods.listClusters, request, this.#call));
  }

  /** grpc.health.v1 status of the face-cluster service ("" : the whole server). */
  health(serviceName: string = FACE_CLUSTER_SERVICE): Promise<HealthStatus> {
    return healthCheck(this.#client, serviceName, this.#call);
  }

  close(): void {
    this.#client.close();
  }
}
