// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DetectRequest as _freeface_extractor_v1_DetectRequest, DetectRequest__Output as _freeface_extractor_v1_DetectRequest__Output } from '../../../freeface/extractor/v1/DetectRequest.js';
import type { DetectResponse as _freeface_extractor_v1_DetectResponse, DetectResponse__Output as _freeface_extractor_v1_DetectResponse__Output } from '../../../freeface/extractor/v1/DetectResponse.js';
import type { ExtractBatchRequest as _freeface_extractor_v1_ExtractBatchRequest, ExtractBatchRequest__Output as _freeface_extractor_v1_ExtractBatchRequest__Output } from '../../../freeface/extractor/v1/ExtractBatchRequest.js';
import type { ExtractBatchResponse as _freeface_extractor_v1_ExtractBatchResponse, ExtractBatchResponse__Output as _freeface_extractor_v1_ExtractBatchResponse__Output } from '../../../freeface/extractor/v1/ExtractBatchResponse.js';
import type { ExtractRequest as _freeface_extractor_v1_ExtractRequest, ExtractRequest__Output as _freeface_extractor_v1_ExtractRequest__Output } from '../../../freeface/extractor/v1/ExtractRequest.js';
import type { ExtractResponse as _freeface_extractor_v1_ExtractResponse, ExtractResponse__Output as _freeface_extractor_v1_ExtractResponse__Output } from '../../../freeface/extractor/v1/ExtractResponse.js';
import type { ListModelsRequest as _freeface_extractor_v1_ListModelsRequest, ListModelsRequest__Output as _freeface_extractor_v1_ListModelsRequest__Output } from '../../../freeface/extractor/v1/ListModelsRequest.js';
import type { ListModelsResponse as _freeface_extractor_v1_ListModelsResponse, ListModelsResponse__Output as _freeface_extractor_v1_ListModelsResponse__Output } from '../../../freeface/extractor/v1/ListModelsResponse.js';

export interface ExtractorClient extends grpc.Client {
  /**
   * Finds the faces of one image, with landmarks and quality; no embeddings.
   */
  Detect(argument: _freeface_extractor_v1_DetectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_DetectResponse__Output>): grpc.ClientUnaryCall;
  Detect(argument: _freeface_extractor_v1_DetectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_extractor_v1_DetectResponse__Output>): grpc.ClientUnaryCall;
  Detect(argument: _freeface_extractor_v1_DetectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_DetectResponse__Output>): grpc.ClientUnaryCall;
  Detect(argument: _freeface_extractor_v1_DetectRequest, callback: grpc.requestCallback<_freeface_extractor_v1_DetectResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Finds the faces of one image, with landmarks and quality; no embeddings.
   */
  detect(argument: _freeface_extractor_v1_DetectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_DetectResponse__Output>): grpc.ClientUnaryCall;
  detect(argument: _freeface_extractor_v1_DetectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_extractor_v1_DetectResponse__Output>): grpc.ClientUnaryCall;
  detect(argument: _freeface_extractor_v1_DetectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_DetectResponse__Output>): grpc.ClientUnaryCall;
  detect(argument: _freeface_extractor_v1_DetectRequest, callback: grpc.requestCallback<_freeface_extractor_v1_DetectResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Finds the faces of one image and embeds each (L2-normalised), optionally with its aligned crop.
   */
  Extract(argument: _freeface_extractor_v1_ExtractRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractResponse__Output>): grpc.ClientUnaryCall;
  Extract(argument: _freeface_extractor_v1_ExtractRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractResponse__Output>): grpc.ClientUnaryCall;
  Extract(argument: _freeface_extractor_v1_ExtractRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractResponse__Output>): grpc.ClientUnaryCall;
  Extract(argument: _freeface_extractor_v1_ExtractRequest, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Finds the faces of one image and embeds each (L2-normalised), optionally with its aligned crop.
   */
  extract(argument: _freeface_extractor_v1_ExtractRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractResponse__Output>): grpc.ClientUnaryCall;
  extract(argument: _freeface_extractor_v1_ExtractRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractResponse__Output>): grpc.ClientUnaryCall;
  extract(argument: _freeface_extractor_v1_ExtractRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractResponse__Output>): grpc.ClientUnaryCall;
  extract(argument: _freeface_extractor_v1_ExtractRequest, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Extract for many images in one call; each image succeeds or fails on its own.
   */
  ExtractBatch(argument: _freeface_extractor_v1_ExtractBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractBatchResponse__Output>): grpc.ClientUnaryCall;
  ExtractBatch(argument: _freeface_extractor_v1_ExtractBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractBatchResponse__Output>): grpc.ClientUnaryCall;
  ExtractBatch(argument: _freeface_extractor_v1_ExtractBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractBatchResponse__Output>): grpc.ClientUnaryCall;
  ExtractBatch(argument: _freeface_extractor_v1_ExtractBatchRequest, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractBatchResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Extract for many images in one call; each image succeeds or fails on its own.
   */
  extractBatch(argument: _freeface_extractor_v1_ExtractBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractBatchResponse__Output>): grpc.ClientUnaryCall;
  extractBatch(argument: _freeface_extractor_v1_ExtractBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractBatchResponse__Output>): grpc.ClientUnaryCall;
  extractBatch(argument: _freeface_extractor_v1_ExtractBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractBatchResponse__Output>): grpc.ClientUnaryCall;
  extractBatch(argument: _freeface_extractor_v1_ExtractBatchRequest, callback: grpc.requestCallback<_freeface_extractor_v1_ExtractBatchResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every model the extractor knows, whether its weights are present, and which ones are the defaults.
   */
  ListModels(argument: _freeface_extractor_v1_ListModelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _freeface_extractor_v1_ListModelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_extractor_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _freeface_extractor_v1_ListModelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _freeface_extractor_v1_ListModelsRequest, callback: grpc.requestCallback<_freeface_extractor_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Every model the extractor knows, whether its weights are present, and which ones are the defaults.
   */
  listModels(argument: _freeface_extractor_v1_ListModelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _freeface_extractor_v1_ListModelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_freeface_extractor_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _freeface_extractor_v1_ListModelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_freeface_extractor_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _freeface_extractor_v1_ListModelsRequest, callback: grpc.requestCallback<_freeface_extractor_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface ExtractorHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Finds the faces of one image, with landmarks and quality; no embeddings.
   */
  Detect: grpc.handleUnaryCall<_freeface_extractor_v1_DetectRequest__Output, _freeface_extractor_v1_DetectResponse>;
  
  /**
   * Finds the faces of one image and embeds each (L2-normalised), optionally with its aligned crop.
   */
  Extract: grpc.handleUnaryCall<_freeface_extractor_v1_ExtractRequest__Output, _freeface_extractor_v1_ExtractResponse>;
  
  /**
   * Extract for many images in one call; each image succeeds or fails on its own.
   */
  ExtractBatch: grpc.handleUnaryCall<_freeface_extractor_v1_ExtractBatchRequest__Output, _freeface_extractor_v1_ExtractBatchResponse>;
  
  /**
   * Every model the extractor knows, whether its weights are present, and which ones are the defaults.
   */
  ListModels: grpc.handleUnaryCall<_freeface_extractor_v1_ListModelsRequest__Output, _freeface_extractor_v1_ListModelsResponse>;
  
}

export interface ExtractorDefinition extends grpc.ServiceDefinition {
  Detect: MethodDefinition<_freeface_extractor_v1_DetectRequest, _freeface_extractor_v1_DetectResponse, _freeface_extractor_v1_DetectRequest__Output, _freeface_extractor_v1_DetectResponse__Output>
  Extract: MethodDefinition<_freeface_extractor_v1_ExtractRequest, _freeface_extractor_v1_ExtractResponse, _freeface_extractor_v1_ExtractRequest__Output, _freeface_extractor_v1_ExtractResponse__Output>
  ExtractBatch: MethodDefinition<_freeface_extractor_v1_ExtractBatchRequest, _freeface_extractor_v1_ExtractBatchResponse, _freeface_extractor_v1_ExtractBatchRequest__Output, _freeface_extractor_v1_ExtractBatchResponse__Output>
  ListModels: MethodDefinition<_freeface_extractor_v1_ListModelsRequest, _freeface_extractor_v1_ListModelsResponse, _freeface_extractor_v1_ListModelsRequest__Output, _freeface_extractor_v1_ListModelsResponse__Output>
}
