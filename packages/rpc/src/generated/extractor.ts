// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { BatchImage as _freeface_extractor_v1_BatchImage, BatchImage__Output as _freeface_extractor_v1_BatchImage__Output } from './freeface/extractor/v1/BatchImage.js';
import type { Box as _freeface_extractor_v1_Box, Box__Output as _freeface_extractor_v1_Box__Output } from './freeface/extractor/v1/Box.js';
import type { DetectOptions as _freeface_extractor_v1_DetectOptions, DetectOptions__Output as _freeface_extractor_v1_DetectOptions__Output } from './freeface/extractor/v1/DetectOptions.js';
import type { DetectRequest as _freeface_extractor_v1_DetectRequest, DetectRequest__Output as _freeface_extractor_v1_DetectRequest__Output } from './freeface/extractor/v1/DetectRequest.js';
import type { DetectResponse as _freeface_extractor_v1_DetectResponse, DetectResponse__Output as _freeface_extractor_v1_DetectResponse__Output } from './freeface/extractor/v1/DetectResponse.js';
import type { DetectedFace as _freeface_extractor_v1_DetectedFace, DetectedFace__Output as _freeface_extractor_v1_DetectedFace__Output } from './freeface/extractor/v1/DetectedFace.js';
import type { ExtractBatchRequest as _freeface_extractor_v1_ExtractBatchRequest, ExtractBatchRequest__Output as _freeface_extractor_v1_ExtractBatchRequest__Output } from './freeface/extractor/v1/ExtractBatchRequest.js';
import type { ExtractBatchResponse as _freeface_extractor_v1_ExtractBatchResponse, ExtractBatchResponse__Output as _freeface_extractor_v1_ExtractBatchResponse__Output } from './freeface/extractor/v1/ExtractBatchResponse.js';
import type { ExtractBatchResult as _freeface_extractor_v1_ExtractBatchResult, ExtractBatchResult__Output as _freeface_extractor_v1_ExtractBatchResult__Output } from './freeface/extractor/v1/ExtractBatchResult.js';
import type { ExtractOptions as _freeface_extractor_v1_ExtractOptions, ExtractOptions__Output as _freeface_extractor_v1_ExtractOptions__Output } from './freeface/extractor/v1/ExtractOptions.js';
import type { ExtractRequest as _freeface_extractor_v1_ExtractRequest, ExtractRequest__Output as _freeface_extractor_v1_ExtractRequest__Output } from './freeface/extractor/v1/ExtractRequest.js';
import type { ExtractResponse as _freeface_extractor_v1_ExtractResponse, ExtractResponse__Output as _freeface_extractor_v1_ExtractResponse__Output } from './freeface/extractor/v1/ExtractResponse.js';
import type { ExtractedFace as _freeface_extractor_v1_ExtractedFace, ExtractedFace__Output as _freeface_extractor_v1_ExtractedFace__Output } from './freeface/extractor/v1/ExtractedFace.js';
import type { ExtractorClient as _freeface_extractor_v1_ExtractorClient, ExtractorDefinition as _freeface_extractor_v1_ExtractorDefinition } from './freeface/extractor/v1/Extractor.js';
import type { ImageFailure as _freeface_extractor_v1_ImageFailure, ImageFailure__Output as _freeface_extractor_v1_ImageFailure__Output } from './freeface/extractor/v1/ImageFailure.js';
import type { ImageInfo as _freeface_extractor_v1_ImageInfo, ImageInfo__Output as _freeface_extractor_v1_ImageInfo__Output } from './freeface/extractor/v1/ImageInfo.js';
import type { Landmarks as _freeface_extractor_v1_Landmarks, Landmarks__Output as _freeface_extractor_v1_Landmarks__Output } from './freeface/extractor/v1/Landmarks.js';
import type { ListModelsRequest as _freeface_extractor_v1_ListModelsRequest, ListModelsRequest__Output as _freeface_extractor_v1_ListModelsRequest__Output } from './freeface/extractor/v1/ListModelsRequest.js';
import type { ListModelsResponse as _freeface_extractor_v1_ListModelsResponse, ListModelsResponse__Output as _freeface_extractor_v1_ListModelsResponse__Output } from './freeface/extractor/v1/ListModelsResponse.js';
import type { ModelInfo as _freeface_extractor_v1_ModelInfo, ModelInfo__Output as _freeface_extractor_v1_ModelInfo__Output } from './freeface/extractor/v1/ModelInfo.js';
import type { Point as _freeface_extractor_v1_Point, Point__Output as _freeface_extractor_v1_Point__Output } from './freeface/extractor/v1/Point.js';
import type { Quality as _freeface_extractor_v1_Quality, Quality__Output as _freeface_extractor_v1_Quality__Output } from './freeface/extractor/v1/Quality.js';
import type { QualityMeasures as _freeface_extractor_v1_QualityMeasures, QualityMeasures__Output as _freeface_extractor_v1_QualityMeasures__Output } from './freeface/extractor/v1/QualityMeasures.js';
import type { StageTimings as _freeface_extractor_v1_StageTimings, StageTimings__Output as _freeface_extractor_v1_StageTimings__Output } from './freeface/extractor/v1/StageTimings.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  freeface: {
    extractor: {
      v1: {
        BatchImage: MessageTypeDefinition<_freeface_extractor_v1_BatchImage, _freeface_extractor_v1_BatchImage__Output>
        Box: MessageTypeDefinition<_freeface_extractor_v1_Box, _freeface_extractor_v1_Box__Output>
        DetectOptions: MessageTypeDefinition<_freeface_extractor_v1_DetectOptions, _freeface_extractor_v1_DetectOptions__Output>
        DetectRequest: MessageTypeDefinition<_freeface_extractor_v1_DetectRequest, _freeface_extractor_v1_DetectRequest__Output>
        DetectResponse: MessageTypeDefinition<_freeface_extractor_v1_DetectResponse, _freeface_extractor_v1_DetectResponse__Output>
        DetectedFace: MessageTypeDefinition<_freeface_extractor_v1_DetectedFace, _freeface_extractor_v1_DetectedFace__Output>
        ExtractBatchRequest: MessageTypeDefinition<_freeface_extractor_v1_ExtractBatchRequest, _freeface_extractor_v1_ExtractBatchRequest__Output>
        ExtractBatchResponse: MessageTypeDefinition<_freeface_extractor_v1_ExtractBatchResponse, _freeface_extractor_v1_ExtractBatchResponse__Output>
        ExtractBatchResult: MessageTypeDefinition<_freeface_extractor_v1_ExtractBatchResult, _freeface_extractor_v1_ExtractBatchResult__Output>
        ExtractOptions: MessageTypeDefinition<_freeface_extractor_v1_ExtractOptions, _freeface_extractor_v1_ExtractOptions__Output>
        ExtractRequest: MessageTypeDefinition<_freeface_extractor_v1_ExtractRequest, _freeface_extractor_v1_ExtractRequest__Output>
        ExtractResponse: MessageTypeDefinition<_freeface_extractor_v1_ExtractResponse, _freeface_extractor_v1_ExtractResponse__Output>
        ExtractedFace: MessageTypeDefinition<_freeface_extractor_v1_ExtractedFace, _freeface_extractor_v1_ExtractedFace__Output>
        Extractor: SubtypeConstructor<typeof grpc.Client, _freeface_extractor_v1_ExtractorClient> & { service: _freeface_extractor_v1_ExtractorDefinition }
        ImageFailure: MessageTypeDefinition<_freeface_extractor_v1_ImageFailure, _freeface_extractor_v1_ImageFailure__Output>
        ImageInfo: MessageTypeDefinition<_freeface_extractor_v1_ImageInfo, _freeface_extractor_v1_ImageInfo__Output>
        LandmarkScheme: EnumTypeDefinition
        Landmarks: MessageTypeDefinition<_freeface_extractor_v1_Landmarks, _freeface_extractor_v1_Landmarks__Output>
        ListModelsRequest: MessageTypeDefinition<_freeface_extractor_v1_ListModelsRequest, _freeface_extractor_v1_ListModelsRequest__Output>
        ListModelsResponse: MessageTypeDefinition<_freeface_extractor_v1_ListModelsResponse, _freeface_extractor_v1_ListModelsResponse__Output>
        ModelInfo: MessageTypeDefinition<_freeface_extractor_v1_ModelInfo, _freeface_extractor_v1_ModelInfo__Output>
        ModelTask: EnumTypeDefinition
        Point: MessageTypeDefinition<_freeface_extractor_v1_Point, _freeface_extractor_v1_Point__Output>
        Quality: MessageTypeDefinition<_freeface_extractor_v1_Quality, _freeface_extractor_v1_Quality__Output>
        QualityMeasures: MessageTypeDefinition<_freeface_extractor_v1_QualityMeasures, _freeface_extractor_v1_QualityMeasures__Output>
        QualityReason: EnumTypeDefinition
        StageTimings: MessageTypeDefinition<_freeface_extractor_v1_StageTimings, _freeface_extractor_v1_StageTimings__Output>
      }
    }
  }
}

