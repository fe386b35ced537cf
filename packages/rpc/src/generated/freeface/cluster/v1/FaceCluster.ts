// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AssignUnknownRequest as _freeface_cluster_v1_AssignUnknownRequest, AssignUnknownRequest__Output as _freeface_cluster_v1_AssignUnknownRequest__Output } from '../../../freeface/cluster/v1/AssignUnknownRequest.js';
import type { AssignUnknownResponse as _freeface_cluster_v1_AssignUnknownResponse, AssignUnknownResponse__Output as _freeface_cluster_v1_AssignUnknownResponse__Output } from '../../../freeface/cluster/v1/AssignUnknownResponse.js';
import type { ClusterFaceRequest as _freeface_cluster_v1_ClusterFaceRequest, ClusterFaceRequest__Output as _freeface_cluster_v1_ClusterFaceRequest__Output } from '../../../freeface/cluster/v1/ClusterFaceRequest.js';
import type { ClusterFaceResponse as _freeface_cluster_v1_ClusterFaceResponse, ClusterFaceResponse__Output as _freeface_cluster_v1_ClusterFaceResponse__Output } from '../../../freeface/cluster/v1/ClusterFaceResponse.js';
import type { ListClustersRequest as _freeface_cluster_v1_ListClustersRequest, ListClustersRequest__Output as _freeface_cluster_v1_ListClustersRequest__Output } from '../../../freeface/cluster/v1/ListClustersRequest.js';
import type { ListClustersResponse as _freeface_cluster_v1_ListClustersResponse, ListClustersResponse__Output as _freeface_cluster_v1_ListClustersResponse__Output } from '../../../freeface/cluster/v1/ListClustersResponse.js';
import type { MergeClustersRequest as _freeface_cluster_v1_MergeClustersRequest, MergeClustersRequest__Output as _freeface_cluster_v1_MergeClustersRequest__Output } from '../../../freeface/cluster/v1/MergeClustersRequest.js';
import type { MergeClustersResponse as _freeface_cluster_v1_MergeClustersResponse, MergeClustersResponse__Output as _freeface_cluster_v1_MergeClustersResponse__Output } from '../../../freeface/cluster/v1/MergeClustersResponse.js';
import type { MergePersonsRequest as _freeface_cluster_v1_MergePersonsRequest, MergePersonsRequest__Output as _freeface_cluster_v1_MergePersonsRequest__Output } from '../../../freeface/cluster/v1/MergePersonsRequest.js';
import type { MergePersonsResponse as _freeface_cluster_v1_MergePersonsResponse, MergePersonsResponse__Output as _freeface_cluster_v1_MergePersonsResponse__Output } from '../../../freeface/cluster/v1/MergePersonsResponse.js';
import type { MoveFaceOutRequest as _freeface_cluster_v1_MoveFaceOutRequest, MoveFaceOutRequest__Output as _freeface_cluster_v1_MoveFaceOutRequest__Output } from '../../../freeface/cluster/v1/MoveFaceOutRequest.js';
import type { MoveFaceOutResponse as _freeface_cluster_v1_MoveFaceOutResponse, MoveFaceOutResponse__Output as _freeface_cluster_v1_MoveFaceOutResponse__Output } from '../../../freeface/cluster/v1/MoveFaceOutResponse.js';
import type { MoveFaceRequest as _freeface_cluster_v1_MoveFaceRequest, MoveFaceRequest__Output as _freeface_cluster_v1_MoveFaceRequest__Output } from '../../../freeface/cluster/v1/MoveFaceRequest.js';
import type { MoveFaceResponse as _freeface_cluster_v1_MoveFaceResponse, MoveFaceResponse__Output as _freeface_cluster_v1_MoveFaceResponse__Output } from '../../../freeface/cluster/v1/MoveFaceResponse.js';
import type { NameClusterRequest as _freeface_cluster_v1_NameClusterRequest, NameClusterRequest__Output as _freeface_cluster_v1_NameClusterRequest__Output } from '../../../freeface/cluster/v1/NameClusterRequest.js';
import type { NameClusterResponse as _freeface_cluster_v1_NameClusterResponse, NameClusterResponse__Output as _freeface_cluster_v1_NameClusterResponse__Output } from '../../../freeface/cluster/v1/NameClusterResponse.js';
import type { ReclusterRequest as _freeface_cluster_v1_ReclusterRequest, ReclusterRequest__Output as _freeface_cluster_v1_ReclusterRequest__Output } from '../../../freeface/cluster/v1/ReclusterRequest.js';
import type { ReclusterResponse as _freeface_cluster_v1_ReclusterResponse, ReclusterResponse__Output as _freeface_cluster_v1_ReclusterResponse__Output } from '../../../freeface/cluster/v1/ReclusterResponse.js';

export interface FaceClusterClient extends grpc.Client {
  /**
   * Gives the clusters that wait for more faces to persons where they now can: an existing person alike to
   * them (a person enrolled since), or a new person when they have min_faces faces.
   */
  AssignUnknown(argument: _freeface_cluster_v1_AssignUnknownRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_AssignUnknownResponse__Output>): grpc.ClientUnaryCall;
  AssignUnknown(argument: _freeface_cluster_v1_AssignUnknownRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_AssignUnknownResponse__Output>): grpc.ClientUnaryCall;
  AssignUnknown(argument: _freeface_cluster_v1_AssignUnknownRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_AssignUnknownResponse__Output>): grpc.ClientUnaryCall;
  AssignUnknown(argument: _freeface_cluster_v1_AssignUnknownRequest, callback: grpc.requestCallback<_freeface_cluster_v1_AssignUnknownResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gives the clusters that wait for more faces to persons where they now can: an existing person alike to
   * them (a person enrolled since), or a new person when they have min_faces faces.
   */
  assignUnknown(argument: _freeface_cluster_v1_AssignUnknownRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_AssignUnknownResponse__Output>): grpc.ClientUnaryCall;
  assignUnknown(argument: _freeface_cluster_v1_AssignUnknownRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_AssignUnknownResponse__Output>): grpc.ClientUnaryCall;
  assignUnknown(argument: _freeface_cluster_v1_AssignUnknownRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_AssignUnknownResponse__Output>): grpc.ClientUnaryCall;
  assignUnknown(argument: _freeface_cluster_v1_AssignUnknownRequest, callback: grpc.requestCallback<_freeface_cluster_v1_AssignUnknownResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Clusters one stored face that belongs to no person (what the consumer does for each face.enrolled).
   */
  ClusterFace(argument: _freeface_cluster_v1_ClusterFaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ClusterFaceResponse__Output>): grpc.ClientUnaryCall;
  ClusterFace(argument: _freeface_cluster_v1_ClusterFaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_ClusterFaceResponse__Output>): grpc.ClientUnaryCall;
  ClusterFace(argument: _freeface_cluster_v1_ClusterFaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ClusterFaceResponse__Output>): grpc.ClientUnaryCall;
  ClusterFace(argument: _freeface_cluster_v1_ClusterFaceRequest, callback: grpc.requestCallback<_freeface_cluster_v1_ClusterFaceResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Clusters one stored face that belongs to no person (what the consumer does for each face.enrolled).
   */
  clusterFace(argument: _freeface_cluster_v1_ClusterFaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ClusterFaceResponse__Output>): grpc.ClientUnaryCall;
  clusterFace(argument: _freeface_cluster_v1_ClusterFaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_ClusterFaceResponse__Output>): grpc.ClientUnaryCall;
  clusterFace(argument: _freeface_cluster_v1_ClusterFaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ClusterFaceResponse__Output>): grpc.ClientUnaryCall;
  clusterFace(argument: _freeface_cluster_v1_ClusterFaceRequest, callback: grpc.requestCallback<_freeface_cluster_v1_ClusterFaceResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The clusters of a model, largest first.
   */
  ListClusters(argument: _freeface_cluster_v1_ListClustersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ListClustersResponse__Output>): grpc.ClientUnaryCall;
  ListClusters(argument: _freeface_cluster_v1_ListClustersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_ListClustersResponse__Output>): grpc.ClientUnaryCall;
  ListClusters(argument: _freeface_cluster_v1_ListClustersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ListClustersResponse__Output>): grpc.ClientUnaryCall;
  ListClusters(argument: _freeface_cluster_v1_ListClustersRequest, callback: grpc.requestCallback<_freeface_cluster_v1_ListClustersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The clusters of a model, largest first.
   */
  listClusters(argument: _freeface_cluster_v1_ListClustersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ListClustersResponse__Output>): grpc.ClientUnaryCall;
  listClusters(argument: _freeface_cluster_v1_ListClustersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_ListClustersResponse__Output>): grpc.ClientUnaryCall;
  listClusters(argument: _freeface_cluster_v1_ListClustersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ListClustersResponse__Output>): grpc.ClientUnaryCall;
  listClusters(argument: _freeface_cluster_v1_ListClustersRequest, callback: grpc.requestCallback<_freeface_cluster_v1_ListClustersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Merges two clusters of one model: the faces of from_cluster_id join cluster_id (centroid recomputed),
   * and from_cluster_id goes; the faces go to the merged cluster's person, if any. INVALID_ARGUMENT for the
   * same cluster twice or two models; NOT_FOUND for an unknown cluster; ALREADY_EXISTS (code CONFLICT) when
   * both are of persons someone named (merge the persons instead).
   */
  MergeClusters(argument: _freeface_cluster_v1_MergeClustersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MergeClustersResponse__Output>): grpc.ClientUnaryCall;
  MergeClusters(argument: _freeface_cluster_v1_MergeClustersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_MergeClustersResponse__Output>): grpc.ClientUnaryCall;
  MergeClusters(argument: _freeface_cluster_v1_MergeClustersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MergeClustersResponse__Output>): grpc.ClientUnaryCall;
  MergeClusters(argument: _freeface_cluster_v1_MergeClustersRequest, callback: grpc.requestCallback<_freeface_cluster_v1_MergeClustersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Merges two clusters of one model: the faces of from_cluster_id join cluster_id (centroid recomputed),
   * and from_cluster_id goes; the faces go to the merged cluster's person, if any. INVALID_ARGUMENT for the
   * same cluster twice or two models; NOT_FOUND for an unknown cluster; ALREADY_EXISTS (code CONFLICT) when
   * both are of persons someone named (merge the persons instead).
   */
  mergeClusters(argument: _freeface_cluster_v1_MergeClustersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MergeClustersResponse__Output>): grpc.ClientUnaryCall;
  mergeClusters(argument: _freeface_cluster_v1_MergeClustersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_MergeClustersResponse__Output>): grpc.ClientUnaryCall;
  mergeClusters(argument: _freeface_cluster_v1_MergeClustersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MergeClustersResponse__Output>): grpc.ClientUnaryCall;
  mergeClusters(argument: _freeface_cluster_v1_MergeClustersRequest, callback: grpc.requestCallback<_freeface_cluster_v1_MergeClustersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Merges from_person_id into person_id: faces, vectors, clusters and appearances move; from_person_id goes.
   */
  MergePersons(argument: _freeface_cluster_v1_MergePersonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MergePersonsResponse__Output>): grpc.ClientUnaryCall;
  MergePersons(argument: _freeface_cluster_v1_MergePersonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_MergePersonsResponse__Output>): grpc.ClientUnaryCall;
  MergePersons(argument: _freeface_cluster_v1_MergePersonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MergePersonsResponse__Output>): grpc.ClientUnaryCall;
  MergePersons(argument: _freeface_cluster_v1_MergePersonsRequest, callback: grpc.requestCallback<_freeface_cluster_v1_MergePersonsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Merges from_person_id into person_id: faces, vectors, clusters and appearances move; from_person_id goes.
   */
  mergePersons(argument: _freeface_cluster_v1_MergePersonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MergePersonsResponse__Output>): grpc.ClientUnaryCall;
  mergePersons(argument: _freeface_cluster_v1_MergePersonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_MergePersonsResponse__Output>): grpc.ClientUnaryCall;
  mergePersons(argument: _freeface_cluster_v1_MergePersonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MergePersonsResponse__Output>): grpc.ClientUnaryCall;
  mergePersons(argument: _freeface_cluster_v1_MergePersonsRequest, callback: grpc.requestCallback<_freeface_cluster_v1_MergePersonsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Moves one face to another person.
   */
  MoveFace(argument: _freeface_cluster_v1_MoveFaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceResponse__Output>): grpc.ClientUnaryCall;
  MoveFace(argument: _freeface_cluster_v1_MoveFaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceResponse__Output>): grpc.ClientUnaryCall;
  MoveFace(argument: _freeface_cluster_v1_MoveFaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceResponse__Output>): grpc.ClientUnaryCall;
  MoveFace(argument: _freeface_cluster_v1_MoveFaceRequest, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Moves one face to another person.
   */
  moveFace(argument: _freeface_cluster_v1_MoveFaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceResponse__Output>): grpc.ClientUnaryCall;
  moveFace(argument: _freeface_cluster_v1_MoveFaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceResponse__Output>): grpc.ClientUnaryCall;
  moveFace(argument: _freeface_cluster_v1_MoveFaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceResponse__Output>): grpc.ClientUnaryCall;
  moveFace(argument: _freeface_cluster_v1_MoveFaceRequest, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes a face out of a cluster it does not belong in: into a cluster of its own, of no person (it leaves
   * the cluster's person too). NOT_FOUND for a cluster without the face; ALREADY_EXISTS (code CONFLICT) when
   * it is the cluster's only face.
   */
  MoveFaceOut(argument: _freeface_cluster_v1_MoveFaceOutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceOutResponse__Output>): grpc.ClientUnaryCall;
  MoveFaceOut(argument: _freeface_cluster_v1_MoveFaceOutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceOutResponse__Output>): grpc.ClientUnaryCall;
  MoveFaceOut(argument: _freeface_cluster_v1_MoveFaceOutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceOutResponse__Output>): grpc.ClientUnaryCall;
  MoveFaceOut(argument: _freeface_cluster_v1_MoveFaceOutRequest, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceOutResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Takes a face out of a cluster it does not belong in: into a cluster of its own, of no person (it leaves
   * the cluster's person too). NOT_FOUND for a cluster without the face; ALREADY_EXISTS (code CONFLICT) when
   * it is the cluster's only face.
   */
  moveFaceOut(argument: _freeface_cluster_v1_MoveFaceOutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceOutResponse__Output>): grpc.ClientUnaryCall;
  moveFaceOut(argument: _freeface_cluster_v1_MoveFaceOutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceOutResponse__Output>): grpc.ClientUnaryCall;
  moveFaceOut(argument: _freeface_cluster_v1_MoveFaceOutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceOutResponse__Output>): grpc.ClientUnaryCall;
  moveFaceOut(argument: _freeface_cluster_v1_MoveFaceOutRequest, callback: grpc.requestCallback<_freeface_cluster_v1_MoveFaceOutResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Names a cluster: it becomes a person with these fields (a new one for a cluster waiting for more faces;
   * the person clustering made of it, named, otherwise). ALREADY_EXISTS (code CONFLICT) for a cluster
   * of a person someone named already, or an external id another person has.
   */
  NameCluster(argument: _freeface_cluster_v1_NameClusterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_NameClusterResponse__Output>): grpc.ClientUnaryCall;
  NameCluster(argument: _freeface_cluster_v1_NameClusterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_NameClusterResponse__Output>): grpc.ClientUnaryCall;
  NameCluster(argument: _freeface_cluster_v1_NameClusterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_NameClusterResponse__Output>): grpc.ClientUnaryCall;
  NameCluster(argument: _freeface_cluster_v1_NameClusterRequest, callback: grpc.requestCallback<_freeface_cluster_v1_NameClusterResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Names a cluster: it becomes a person with these fields (a new one for a cluster waiting for more faces;
   * the person clustering made of it, named, otherwise). ALREADY_EXISTS (code CONFLICT) for a cluster
   * of a person someone named already, or an external id another person has.
   */
  nameCluster(argument: _freeface_cluster_v1_NameClusterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_NameClusterResponse__Output>): grpc.ClientUnaryCall;
  nameCluster(argument: _freeface_cluster_v1_NameClusterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_NameClusterResponse__Output>): grpc.ClientUnaryCall;
  nameCluster(argument: _freeface_cluster_v1_NameClusterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_NameClusterResponse__Output>): grpc.ClientUnaryCall;
  nameCluster(argument: _freeface_cluster_v1_NameClusterRequest, callback: grpc.requestCallback<_freeface_cluster_v1_NameClusterResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Clusters again from scratch the faces of no person and those of the persons clustering made (and
   * nobody named since): for when the threshold or min_faces changed.
   */
  Recluster(argument: _freeface_cluster_v1_ReclusterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ReclusterResponse__Output>): grpc.ClientUnaryCall;
  Recluster(argument: _freeface_cluster_v1_ReclusterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_ReclusterResponse__Output>): grpc.ClientUnaryCall;
  Recluster(argument: _freeface_cluster_v1_ReclusterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ReclusterResponse__Output>): grpc.ClientUnaryCall;
  Recluster(argument: _freeface_cluster_v1_ReclusterRequest, callback: grpc.requestCallback<_freeface_cluster_v1_ReclusterResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Clusters again from scratch the faces of no person and those of the persons clustering made (and
   * nobody named since): for when the threshold or min_faces changed.
   */
  recluster(argument: _freeface_cluster_v1_ReclusterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ReclusterResponse__Output>): grpc.ClientUnaryCall;
  recluster(argument: _freeface_cluster_v1_ReclusterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_cluster_v1_ReclusterResponse__Output>): grpc.ClientUnaryCall;
  recluster(argument: _freeface_cluster_v1_ReclusterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_cluster_v1_ReclusterResponse__Output>): grpc.ClientUnaryCall;
  recluster(argument: _freeface_cluster_v1_ReclusterRequest, callback: grpc.requestCallback<_freeface_cluster_v1_ReclusterResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface FaceClusterHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Gives the clusters that wait for more faces to persons where they now can: an existing person alike to
   * them (a person enrolled since), or a new person when they have min_faces faces.
   */
  AssignUnknown: grpc.handleUnaryCall<_freeface_cluster_v1_AssignUnknownRequest__Output, _freeface_cluster_v1_AssignUnknownResponse>;
  
  /**
   * Clusters one stored face that belongs to no person (what the consumer does for each face.enrolled).
   */
  ClusterFace: grpc.handleUnaryCall<_freeface_cluster_v1_ClusterFaceRequest__Output, _freeface_cluster_v1_ClusterFaceResponse>;
  
  /**
   * The clusters of a model, largest first.
   */
  ListClusters: grpc.handleUnaryCall<_freeface_cluster_v1_ListClustersRequest__Output, _freeface_cluster_v1_ListClustersResponse>;
  
  /**
   * Merges two clusters of one model: the faces of from_cluster_id join cluster_id (centroid recomputed),
   * and from_cluster_id goes; the faces go to the merged cluster's person, if any. INVALID_ARGUMENT for the
   * same cluster twice or two models; NOT_FOUND for an unknown cluster; ALREADY_EXISTS (code CONFLICT) when
   * both are of persons someone named (merge the persons instead).
   */
  MergeClusters: grpc.handleUnaryCall<_freeface_cluster_v1_MergeClustersRequest__Output, _freeface_cluster_v1_MergeClustersResponse>;
  
  /**
   * Merges from_person_id into person_id: faces, vectors, clusters and appearances move; from_person_id goes.
   */
  MergePersons: grpc.handleUnaryCall<_freeface_cluster_v1_MergePersonsRequest__Output, _freeface_cluster_v1_MergePersonsResponse>;
  
  /**
   * Moves one face to another person.
   */
  MoveFace: grpc.handleUnaryCall<_freeface_cluster_v1_MoveFaceRequest__Output, _freeface_cluster_v1_MoveFaceResponse>;
  
  /**
   * Takes a face out of a cluster it does not belong in: into a cluster of its own, of no person (it leaves
   * the cluster's person too). NOT_FOUND for a cluster without the face; ALREADY_EXISTS (code CONFLICT) when
   * it is the cluster's only face.
   */
  MoveFaceOut: grpc.handleUnaryCall<_freeface_cluster_v1_MoveFaceOutRequest__Output, _freeface_cluster_v1_MoveFaceOutResponse>;
  
  /**
   * Names a cluster: it becomes a person with these fields (a new one for a cluster waiting for more faces;
   * the person clustering made of it, named, otherwise). ALREADY_EXISTS (code CONFLICT) for a cluster
   * of a person someone named already, or an external id another person has.
   */
  NameCluster: grpc.handleUnaryCall<_freeface_cluster_v1_NameClusterRequest__Output, _freeface_cluster_v1_NameClusterResponse>;
  
  /**
   * Clusters again from scratch the faces of no person and those of the persons clustering made (and
   * nobody named since): for when the threshold or min_faces changed.
   */
  Recluster: grpc.handleUnaryCall<_freeface_cluster_v1_ReclusterRequest__Output, _freeface_cluster_v1_ReclusterResponse>;
  
}

export interface FaceClusterDefinition extends grpc.ServiceDefinition {
  AssignUnknown: MethodDefinition<_freeface_cluster_v1_AssignUnknownRequest, _freeface_cluster_v1_AssignUnknownResponse, _freeface_cluster_v1_AssignUnknownRequest__Output, _freeface_cluster_v1_AssignUnknownResponse__Output>
  ClusterFace: MethodDefinition<_freeface_cluster_v1_ClusterFaceRequest, _freeface_cluster_v1_ClusterFaceResponse, _freeface_cluster_v1_ClusterFaceRequest__Output, _freeface_cluster_v1_ClusterFaceResponse__Output>
  ListClusters: MethodDefinition<_freeface_cluster_v1_ListClustersRequest, _freeface_cluster_v1_ListClustersResponse, _freeface_cluster_v1_ListClustersRequest__Output, _freeface_cluster_v1_ListClustersResponse__Output>
  MergeClusters: MethodDefinition<_freeface_cluster_v1_MergeClustersRequest, _freeface_cluster_v1_MergeClustersResponse, _freeface_cluster_v1_MergeClustersRequest__Output, _freeface_cluster_v1_MergeClustersResponse__Output>
  MergePersons: MethodDefinition<_freeface_cluster_v1_MergePersonsRequest, _freeface_cluster_v1_MergePersonsResponse, _freeface_cluster_v1_MergePersonsRequest__Output, _freeface_cluster_v1_MergePersonsResponse__Output>
  MoveFace: MethodDefinition<_freeface_cluster_v1_MoveFaceRequest, _freeface_cluster_v1_MoveFaceResponse, _freeface_cluster_v1_MoveFaceRequest__Output, _freeface_cluster_v1_MoveFaceResponse__Output>
  MoveFaceOut: MethodDefinition<_freeface_cluster_v1_MoveFaceOutRequest, _freeface_cluster_v1_MoveFaceOutResponse, _freeface_cluster_v1_MoveFaceOutRequest__Output, _freeface_cluster_v1_MoveFaceOutResponse__Output>
  NameCluster: MethodDefinition<_freeface_cluster_v1_NameClusterRequest, _freeface_cluster_v1_NameClusterResponse, _freeface_cluster_v1_NameClusterRequest__Output, _freeface_cluster_v1_NameClusterResponse__Output>
  Recluster: MethodDefinition<_freeface_cluster_v1_ReclusterRequest, _freeface_cluster_v1_ReclusterResponse, _freeface_cluster_v1_ReclusterRequest__Output, _freeface_cluster_v1_ReclusterResponse__Output>
}
