import type { Config } from '@freeface/config';
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
import { Client, credentials } from '@grpc/grpc-js';
import type { FaceClusterDefinition } from '../generated/freeface/cluster/v1/FaceCluster.js';
import { type Credential, serviceCredential } from '../grpc-auth.js';
import { channelOptions } from '../grpc-server.js';
import { type HealthStatus, healthCheck } from '../health-check.js';
import { loadProto, serviceOf } from '../proto-definitions.js';
import { type CallSettings, callUnary } from '../unary-client.js';
import {
  fromWireClusterFace,
  fromWireClusters,
  fromWireMergedClusters,
  fromWireMovedOut,
  fromWireMoveFace,
  toWireNaming,
} from './face-cluster.convert.js';
import { FACE_CLUSTER_PROTO, FACE_CLUSTER_SERVICE } from './face-cluster.server.js';
import type { ClusterList } from './face-cluster.types.js';

export interface FaceClusterClientOptions {
  /** host:port (settings cluster.address) */
  readonly address: string;
  /** deadline of every call; a re-clustering of many faces takes a while */
  readonly timeoutMs: number;
  /** sent with every call (settings auth.serviceToken); face-cluster refuses calls without one */
  readonly credential?: Credential | undefined;
}

const methods = serviceOf<FaceClusterDefinition>(loadProto(FACE_CLUSTER_PROTO), FACE_CLUSTER_SERVICE);

/**
 * face-cluster for other services (the REST API in the cluster profile, tools): plain objects in and out, a
 * deadline on every call, failures as RpcError (NOT_FOUND, INVALID_ARGUMENT, UNAVAILABLE when unreachable).
 */
export class FaceClusterClient {
  readonly #client: Client;
  readonly #call: CallSettings;

  constructor(options: FaceClusterClientOptions) {
    this.#client = new Client(options.address, credentials.createInsecure(), channelOptions(16 * 1024 * 1024));
    this.#call = {
      timeoutMs: options.timeoutMs,
      target: `face-cluster at ${options.address}`,
      credential: options.credential,
    };
  }

  /**
   * settings cluster.address and cluster.timeoutMs (a longer deadline for slow calls, e.g. Recluster), with
   * the service token of settings auth.serviceToken (see withServiceToken())
   */
  static fromConfig({ cluster, auth }: Pick<Config, 'cluster' | 'auth'>, timeoutMs?: number): FaceClusterClient {
    return new FaceClusterClient({
      address: cluster.address,
      timeoutMs: timeoutMs ?? cluster.timeoutMs,
      credential: serviceCredential(auth),
    });
  }

  async clusterFace(faceId: string): Promise<ClusterOutcome> {
    return fromWireClusterFace(await callUnary(this.#client, methods.ClusterFace, { faceId }, this.#call));
  }

  assignUnknown(model?: string): Promise<UnknownOutcome> {
    return callUnary(this.#client, methods.AssignUnknown, { model }, this.#call);
  }

  /** fromPersonId goes into personId */
  mergePersons(personId: string, fromPersonId: string): Promise<MergedPersons> {
    return callUnary(this.#client, methods.MergePersons, { personId, fromPersonId }, this.#call);
  }

  async moveFace(faceId: string, personId: string): Promise<MovedFace> {
    return fromWireMoveFace(await callUnary(this.#client, methods.MoveFace, { faceId, personId }, this.#call));
  }

  recluster(options: { model?: string; threshold?: number } = {}): Promise<ReclusterReport> {
    return callUnary(this.#client, methods.Recluster, options, this.#call);
  }

  async listClusters(options: { model?: string; limit?: number } = {}): Promise<ClusterList> {
    return fromWireClusters(await callUnary(this.#client, methods.ListClusters, options, this.#call));
  }

  nameCluster(clusterId: string, naming: ClusterNaming): Promise<NamedCluster> {
    return callUnary(this.#client, methods.NameCluster, toWireNaming(clusterId, naming), this.#call);
  }

  async moveFaceOut(clusterId: string, faceId: string): Promise<FaceMovedOut> {
    return fromWireMovedOut(await callUnary(this.#client, methods.MoveFaceOut, { clusterId, faceId }, this.#call));
  }

  async mergeClusters(clusterId: string, fromClusterId: string): Promise<MergedClusters> {
    return fromWireMergedClusters(
      await callUnary(this.#client, methods.MergeClusters, { clusterId, fromClusterId }, this.#call),
    );
  }

  /** grpc.health.v1 status of the face-cluster service ("" : the whole server). */
  health(serviceName: string = FACE_CLUSTER_SERVICE): Promise<HealthStatus> {
    return healthCheck(this.#client, serviceName, this.#call);
  }

  close(): void {
    this.#client.close();
  }
}
