// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AssignUnknownRequest as _freeface_cluster_v1_AssignUnknownRequest, AssignUnknownRequest__Output as _freeface_cluster_v1_AssignUnknownRequest__Output } from './freeface/cluster/v1/AssignUnknownRequest.js';
import type { AssignUnknownResponse as _freeface_cluster_v1_AssignUnknownResponse, AssignUnknownResponse__Output as _freeface_cluster_v1_AssignUnknownResponse__Output } from './freeface/cluster/v1/AssignUnknownResponse.js';
import type { Cluster as _freeface_cluster_v1_Cluster, Cluster__Output as _freeface_cluster_v1_Cluster__Output } from './freeface/cluster/v1/Cluster.js';
import type { ClusterFaceRequest as _freeface_cluster_v1_ClusterFaceRequest, ClusterFaceRequest__Output as _freeface_cluster_v1_ClusterFaceRequest__Output } from './freeface/cluster/v1/ClusterFaceRequest.js';
import type { ClusterFaceResponse as _freeface_cluster_v1_ClusterFaceResponse, ClusterFaceResponse__Output as _freeface_cluster_v1_ClusterFaceResponse__Output } from './freeface/cluster/v1/ClusterFaceResponse.js';
import type { FaceClusterClient as _freeface_cluster_v1_FaceClusterClient, FaceClusterDefinition as _freeface_cluster_v1_FaceClusterDefinition } from './freeface/cluster/v1/FaceCluster.js';
import type { ListClustersRequest as _freeface_cluster_v1_ListClustersRequest, ListClustersRequest__Output as _freeface_cluster_v1_ListClustersRequest__Output } from './freeface/cluster/v1/ListClustersRequest.js';
import type { ListClustersResponse as _freeface_cluster_v1_ListClustersResponse, ListClustersResponse__Output as _freeface_cluster_v1_ListClustersResponse__Output } from './freeface/cluster/v1/ListClustersResponse.js';
import type { MergeClustersRequest as _freeface_cluster_v1_MergeClustersRequest, MergeClustersRequest__Output as _freeface_cluster_v1_MergeClustersRequest__Output } from './freeface/cluster/v1/MergeClustersRequest.js';
import type { MergeClustersResponse as _freeface_cluster_v1_MergeClustersResponse, MergeClustersResponse__Output as _freeface_cluster_v1_MergeClustersResponse__Output } from './freeface/cluster/v1/MergeClustersResponse.js';
import type { MergePersonsRequest as _freeface_cluster_v1_MergePersonsRequest, MergePersonsRequest__Output as _freeface_cluster_v1_MergePersonsRequest__Output } from './freeface/cluster/v1/MergePersonsRequest.js';
import type { MergePersonsResponse as _freeface_cluster_v1_MergePersonsResponse, MergePersonsResponse__Output as _freeface_cluster_v1_MergePersonsResponse__Output } from './freeface/cluster/v1/MergePersonsResponse.js';
import type { MoveFaceOutRequest as _freeface_cluster_v1_MoveFaceOutRequest, MoveFaceOutRequest__Output as _freeface_cluster_v1_MoveFaceOutRequest__Output } from './freeface/cluster/v1/MoveFaceOutRequest.js';
import type { MoveFaceOutResponse as _freeface_cluster_v1_MoveFaceOutResponse, MoveFaceOutResponse__Output as _freeface_cluster_v1_MoveFaceOutResponse__Output } from './freeface/cluster/v1/MoveFaceOutResponse.js';
import type { MoveFaceRequest as _freeface_cluster_v1_MoveFaceRequest, MoveFaceRequest__Output as _freeface_cluster_v1_MoveFaceRequest__Output } from './freeface/cluster/v1/MoveFaceRequest.js';
import type { MoveFaceResponse as _freeface_cluster_v1_MoveFaceResponse, MoveFaceResponse__Output as _freeface_cluster_v1_MoveFaceResponse__Output } from './freeface/cluster/v1/MoveFaceResponse.js';
import type { NameClusterRequest as _freeface_cluster_v1_NameClusterRequest, NameClusterRequest__Output as _freeface_cluster_v1_NameClusterRequest__Output } from './freeface/cluster/v1/NameClusterRequest.js';
import type { NameClusterResponse as _freeface_cluster_v1_NameClusterResponse, NameClusterResponse__Output as _freeface_cluster_v1_NameClusterResponse__Output } from './freeface/cluster/v1/NameClusterResponse.js';
import type { ReclusterRequest as _freeface_cluster_v1_ReclusterRequest, ReclusterRequest__Output as _freeface_cluster_v1_ReclusterRequest__Output } from './freeface/cluster/v1/ReclusterRequest.js';
import type { ReclusterResponse as _freeface_cluster_v1_ReclusterResponse, ReclusterResponse__Output as _freeface_cluster_v1_ReclusterResponse__Output } from './freeface/cluster/v1/ReclusterResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  freeface: {
    cluster: {
      v1: {
        AssignUnknownRequest: MessageTypeDefinition<_freeface_cluster_v1_AssignUnknownRequest, _freeface_cluster_v1_AssignUnknownRequest__Output>
        AssignUnknownResponse: MessageTypeDefinition<_freeface_cluster_v1_AssignUnknownResponse, _freeface_cluster_v1_AssignUnknownResponse__Output>
        Cluster: MessageTypeDefinition<_freeface_cluster_v1_Cluster, _freeface_cluster_v1_Cluster__Output>
        ClusterFaceRequest: MessageTypeDefinition<_freeface_cluster_v1_ClusterFaceRequest, _freeface_cluster_v1_ClusterFaceRequest__Output>
        ClusterFaceResponse: MessageTypeDefinition<_freeface_cluster_v1_ClusterFaceResponse, _freeface_cluster_v1_ClusterFaceResponse__Output>
        ClusterStatus: EnumTypeDefinition
        FaceCluster: SubtypeConstructor<typeof grpc.Client, _freeface_cluster_v1_FaceClusterClient> & { service: _freeface_cluster_v1_FaceClusterDefinition }
        ListClustersRequest: MessageTypeDefinition<_freeface_cluster_v1_ListClustersRequest, _freeface_cluster_v1_ListClustersRequest__Output>
        ListClustersResponse: MessageTypeDefinition<_freeface_cluster_v1_ListClustersResponse, _freeface_cluster_v1_ListClustersResponse__Output>
        MergeClustersRequest: MessageTypeDefinition<_freeface_cluster_v1_MergeClustersRequest, _freeface_cluster_v1_MergeClustersRequest__Output>
        MergeClustersResponse: MessageTypeDefinition<_freeface_cluster_v1_MergeClustersResponse, _freeface_cluster_v1_MergeClustersResponse__Output>
        MergePersonsRequest: MessageTypeDefinition<_freeface_cluster_v1_MergePersonsRequest, _freeface_cluster_v1_MergePersonsRequest__Output>
        MergePersonsResponse: MessageTypeDefinition<_freeface_cluster_v1_MergePersonsResponse, _freeface_cluster_v1_MergePersonsResponse__Output>
        MoveFaceOutRequest: MessageTypeDefinition<_freeface_cluster_v1_MoveFaceOutRequest, _freeface_cluster_v1_MoveFaceOutRequest__Output>
        MoveFaceOutResponse: MessageTypeDefinition<_freeface_cluster_v1_MoveFaceOutResponse, _freeface_cluster_v1_MoveFaceOutResponse__Output>
        MoveFaceRequest: MessageTypeDefinition<_freeface_cluster_v1_MoveFaceRequest, _freeface_cluster_v1_MoveFaceRequest__Output>
        MoveFaceResponse: MessageTypeDefinition<_freeface_cluster_v1_MoveFaceResponse, _freeface_cluster_v1_MoveFaceResponse__Output>
        NameClusterRequest: MessageTypeDefinition<_freeface_cluster_v1_NameClusterRequest, _freeface_cluster_v1_NameClusterRequest__Output>
        NameClusterResponse: MessageTypeDefinition<_freeface_cluster_v1_NameClusterResponse, _freeface_cluster_v1_NameClusterResponse__Output>
        ReclusterRequest: MessageTypeDefinition<_freeface_cluster_v1_ReclusterRequest, _freeface_cluster_v1_ReclusterRequest__Output>
        ReclusterResponse: MessageTypeDefinition<_freeface_cluster_v1_ReclusterResponse, _freeface_cluster_v1_ReclusterResponse__Output>
      }
    }
  }
}

