import type { GrpcService } from '../grpc-server.js';
import { loadProto, serviceOf } from '../proto-definitions.js';
import { type CallContext, type UnaryOptions, unary } from '../unary-call.js';
import type {
  BatchImage,
  BatchOutcome,
  DetectOptions,
  DetectResult,
  ExtractOptions,
  ExtractResult,
  ModelInfo,
} from './extractor.types.js';
import {
  fromWireBatchImages,
  fromWireDetectOptions,
  fromWireExtractOptions,
  toWireBatchResponse,
  toWireDetectResponse,
  toWireExtractResponse,
  toWireModels,
  type WireDetectRequest,
  type WireExtractBatchRequest,
  type WireExtractRequest,
} from './extractor.wire.js';

export const EXTRACTOR_SERVICE = 'freeface.extractor.v1.Extractor';
export const EXTRACTOR_PROTO = 'extractor.proto';

/** What the extractor does, in plain TypeScript; extractorService() puts it on the wire. */
export interface ExtractorHandlers {
  detect(image: Uint8Array, options: DetectOptions, context: CallContext): Promise<DetectResult>;
  extract(image: Uint8Array, options: ExtractOptions, context: CallContext): Promise<ExtractResult>;
  /** one outcome per image, in order; one bad image fails only its own outcome */
  extractBatch(images: BatchImage[], options: ExtractOptions, context: CallContext): Promise<BatchOutcome[]>;
  listModels(context: CallContext): Promise<ModelInfo[]>;
}

/** freeface.extractor.v1.Extractor served by `handlers`, ready for startGrpcServer(). */
export function extractorService(handlers: ExtractorHandlers, options: UnaryOptions): GrpcService {
  const protos = loadProto(EXTRACTOR_PROTO);
  return {
    name: EXTRACTOR_SERVICE,
    definition: serviceOf(protos, EXTRACTOR_SERVICE),
    protos,
    implementation: {
      Detect: unary(
        'Detect',
        async (r: WireDetectRequest, ctx) =>
          toWireDetectResponse(await handlers.detect(r.image, fromWireDetectOptions(r.options), ctx)),
        options,
      ),
      Extract: unary(
        'Extract',
        async (r: WireExtractRequest, ctx) =>
          toWireExtractResponse(await handlers.extract(r.image, fromWireExtractOptions(r.options), ctx)),
        options,
      ),
      ExtractBatch: unary(
        'ExtractBatch',
        async (r: WireExtractBatchRequest, ctx) =>
          toWireBatchResponse(
            await handlers.extractBatch(fromWireBatchImages(r.images), fromWireExtractOptions(r.options), ctx),
          ),
        options,
      ),
      ListModels: unary(
        'ListModels',
        async (_r: unknown, ctx) => toWireModels(await handlers.listModels(ctx)),
        options,
      ),
    },
  };
}
