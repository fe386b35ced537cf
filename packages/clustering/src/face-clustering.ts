import type { FaceCluster } from '@freeface/domain';
import { NotFoundError } from '@freeface/domain';
import { type MergedClusters, mergeClusters } from './cluster-merge.js';
import {
  type ClusterNaming,
  type FaceMovedOut,
  moveFaceOut,
  type NamedCluster,
  nameCluster,
} from './cluster-naming.js';
import { type ClusteringContext, type ClusteringDeps, clusteringContext } from './clustering-context.js';
import { type ClusterOutcome, FaceClusterer, type UnknownOutcome } from './face-clusterer.js';
import { type MergedPersons, type MovedFace, PersonOperations } from './person-operations.js';
import { Reclusterer, type ReclusterOptions, type ReclusterReport } from './reclusterer.js';

/** The operations the REST API offers on persons: in process (embedded) or over gRPC (face-cluster). */
export interface PersonClusterOperations {
  mergePersons(intoId: string, fromId: string): Promise<MergedPersons>;
  moveFace(faceId: string, personId: string): Promise<MovedFace>;
  nameCluster(clusterId: string, naming: ClusterNaming): Promise<NamedCluster>;
  moveFaceOut(clusterId: string, faceId: string): Promise<FaceMovedOut>;
  mergeClusters(intoId: string, fromId: string): Promise<MergedClusters>;
}

export interface FaceClusteringDeps extends ClusteringDeps {
  /** the model of calls that name none: the current embedder (settings models.embedder) */
  readonly defaultModel: string;
  /** told of every merge done (metrics) */
  readonly onMerged?: ((merged: MergedPersons) => void) | undefined;
}

/**
 * Everything face-cluster does, over the storage ports: clustering faces as they come, merging persons,
 * moving faces, re-clustering, listing clusters. One instance per process: it keeps the clusters of each
 * model in memory and is their only writer (of the face-cluster instances, the one holding the lease works,
 * see leader-lease.ts; embedded, the one process).
 */
export class FaceClustering implements PersonClusterOperations {
  /** the active embedder: set when a re-embedding makes another one active */
  defaultModel: string;
  private readonly ctx: ClusteringContext;
  private readonly clusterer: FaceClusterer;
  private readonly operations: PersonOperations;
  private readonly reclusterer: Reclusterer;
  private readonly onMerged: FaceClusteringDeps['onMerged'];

  constructor(deps: FaceClusteringDeps) {
    this.defaultModel = deps.defaultModel;
    this.onMerged = deps.onMerged;
    this.ctx = clusteringContext(deps);
    this.clusterer = new FaceClusterer(this.ctx);
    this.operations = new PersonOperations(this.ctx);
    this.reclusterer = new Reclusterer(this.ctx);
  }

  /** Clusters a stored face that belongs to no person (its model read from its record unless given). */
  async clusterFace(faceId: string, model?: string, vector?: ArrayLike<number>): Promise<ClusterOutcome> {
    const faceModel = model ?? (await this.ctx.metadata.faces.get(faceId))?.model;
    if (faceModel === undefined) throw new NotFoundError('face', faceId);
    return this.clusterer.clusterFace(faceId, faceModel, vector);
  }

  assignUnknown(model = this.defaultModel): Promise<UnknownOutcome> {
    return this.clusterer.assignUnknown(model);
  }

  async mergePersons(intoId: string, fromId: string): Promise<MergedPersons> {
    const merged = await this.operations.mergePersons(intoId, fromId);
    this.onMerged?.(merged);
    return merged;
  }

  moveFace(faceId: string, personId: string): Promise<MovedFace> {
    return this.operations.moveFace(faceId, personId);
  }

  /** The cluster becomes a person (a new one, or the one clustering made of it, named). */
  nameCluster(clusterId: string, naming: ClusterNaming): Promise<NamedCluster> {
    return nameCluster(this.ctx, clusterId, naming);
  }

  /** The face leaves the cluster for a cluster of its own, of no person. */
  moveFaceOut(clusterId: string, faceId: string): Promise<FaceMovedOut> {
    return moveFaceOut(this.ctx, clusterId, faceId);
  }

  /** The faces of `fromId` join `intoId`, and `fromId` goes. */
  mergeClusters(intoId: string, fromId: string): Promise<MergedClusters> {
    return mergeClusters(this.ctx, intoId, fromId);
  }

  recluster(model = this.defaultModel, options: ReclusterOptions = {}): Promise<ReclusterReport> {
    return this.reclusterer.recluster(model, options);
  }

  /** The clusters of a model, largest first. */
  listClusters(model = this.defaultModel): Promise<FaceCluster[]> {
    return this.clusterer.listClusters(model);
  }

  /** face.deleted */
  forgetFace(faceId: string, model: string): Promise<void> {
    return this.clusterer.forgetFace(faceId, model);
  }

  /** face.assigned by someone else (manual or merge) */
  faceMoved(faceId: string, model: string, personId: string | undefined): Promise<void> {
    return this.clusterer.faceMoved(faceId, model, personId);
  }
}
