import type { ExtractorHandlers as WireHandlers } from '../generated/freeface/extractor/v1/Extractor.js';
import type { MethodAccess, MethodsOf } from '../grpc-auth.js';
import type { GrpcService } from '../grpc-server.js';
import { loadProto, serviceOf } from '../proto-definitions.js';
import { type CallContext, type UnaryOptions, unary } from '../unary-call.js';
import {
  fromWireDetectOptions,
  fromWireExtractOptions,
  toWireBatchResponse,
  toWireDetectResponse,
  toWireExtractResponse,
  toWireModels,
} from './extractor.convert.js';
import type {
  BatchImage,
  BatchOutcome,
  DetectOptions,
  DetectResult,
  ExtractOptions,
  ExtractResult,
  ModelInfo,
} from './extractor.types.js';

export const EXTRACTOR_SERVICE = 'freeface.extractor.v1.Extractor';
export const EXTRACTOR_PROTO = 'extractor.proto';

/** Who may call what, as on the REST API: every method reads, so a viewer's API key may call them all. */
export const EXTRACTOR_ACCESS: MethodAccess<MethodsOf<WireHandlers>> = {
  Detect: 'viewer',
  Extract: 'viewer',
  ExtractBatch: 'viewer',
  ListModels: 'viewer',
};

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
  const implementation: WireHandlers = {
    Detect: unary(
      'Detect',
      async (r, ctx) => toWireDetectResponse(await handlers.detect(r.image, fromWireDetectOptions(r.options), ctx)),
      options,
    ),
    Extract: unary(
      'Extract',
      async (r, ctx) => toWireExtractResponse(await handlers.extract(r.image, fromWireExtractOptions(r.options), ctx)),
      options,
    ),
    ExtractBatch: unary(
      'ExtractBatch',
      async (r, ctx) =>
        toWireBatchResponse(await handlers.extractBatch(r.images, fromWireExtractOptions(r.options), ctx)),
      options,
    ),
    ListModels: unary('ListModels', async (_r, ctx) => toWireModels(await handlers.listModels(ctx)), options),
  };
  const definition = serviceOf(protos, EXTRACTOR_SERVICE);
  return {
    name: EXTRACTOR_SERVICE,
    definition,
    protos,
    implementation,
    access: EXTRACTOR_ACCESS,
    onCall: options.onCall,
  };
}
