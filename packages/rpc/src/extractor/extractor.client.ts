import type { Config } from '@freeface/config';
import { Client, credentials } from '@grpc/grpc-js';
import type { ExtractorDefinition } from '../generated/freeface/extractor/v1/Extractor.js';
import { type Credential, serviceCredential } from '../grpc-auth.js';
import { channelOptions } from '../grpc-server.js';
import { type HealthStatus, healthCheck } from '../health-check.js';
import { loadProto, serviceOf } from '../proto-definitions.js';
import { type CallSettings, callUnary } from '../unary-client.js';
import {
  fromWireBatchResponse,
  fromWireDetectResponse,
  fromWireExtractResponse,
  fromWireModels,
} from './extractor.convert.js';
import { EXTRACTOR_PROTO, EXTRACTOR_SERVICE } from './extractor.server.js';
import type {
  BatchImage,
  BatchOutcome,
  DetectOptions,
  DetectResult,
  ExtractOptions,
  ExtractResult,
  ModelInfo,
} from './extractor.types.js';

export interface ExtractorClientOptions {
  /** host:port (settings extractor.address) */
  readonly address: string;
  /** deadline of every call (settings extractor.timeoutMs) */
  readonly timeoutMs: number;
  /** largest message sent or received (settings extractor.maxMessageBytes) */
  readonly maxMessageBytes: number;
  /** sent with every call (settings auth.serviceToken); the extractor refuses calls without one */
  readonly credential?: Credential | undefined;
}

const methods = serviceOf<ExtractorDefinition>(loadProto(EXTRACTOR_PROTO), EXTRACTOR_SERVICE);

/**
 * The extractor for other services: plain objects in and out (embeddings as Float32Array), a deadline on
 * every call, failures as RpcError (a bad image is INVALID_ARGUMENT, an unreachable extractor UNAVAILABLE).
 */
export class ExtractorClient {
  readonly #client: Client;
  readonly #call: CallSettings;

  constructor(options: ExtractorClientOptions) {
    this.#client = new Client(options.address, credentials.createInsecure(), channelOptions(options.maxMessageBytes));
    this.#call = {
      timeoutMs: options.timeoutMs,
      target: `extractor at ${options.address}`,
      credential: options.credential,
    };
  }

  /** settings extractor.*, with the service token of settings auth.serviceToken (see withServiceToken()) */
  static fromConfig({ extractor, auth }: Pick<Config, 'extractor' | 'auth'>): ExtractorClient {
    return new ExtractorClient({ ...extractor, credential: serviceCredential(auth) });
  }

  async detect(image: Uint8Array, options: DetectOptions = {}): Promise<DetectResult> {
    return fromWireDetectResponse(await callUnary(this.#client, methods.Detect, { image, options }, this.#call));
  }

  async extract(image: Uint8Array, options: ExtractOptions = {}): Promise<ExtractResult> {
    return fromWireExtractResponse(await callUnary(this.#client, methods.Extract, { image, options }, this.#call));
  }

  /** One outcome per image, in order: a bad image fails its own outcome, not the call. */
  async extractBatch(images: readonly BatchImage[], options: ExtractOptions = {}): Promise<BatchOutcome[]> {
    const request = { images: [...images], options };
    return fromWireBatchResponse(await callUnary(this.#client, methods.ExtractBatch, request, this.#call));
  }

  async listModels(): Promise<ModelInfo[]> {
    return fromWireModels(await callUnary(this.#client, methods.ListModels, {}, this.#call));
  }

  /** grpc.health.v1 status of the extractor service ("" : the whole server). */
  health(serviceName: string = EXTRACTOR_SERVICE): Promise<HealthStatus> {
    return healthCheck(this.#client, serviceName, this.#call);
  }

  close(): void {
    this.#client.close();
  }
}
