// The one place a MilvusClient is made (vector store and migration target), and the check every
// response goes through: the SDK reports most failures in a status rather than by throwing.
import type { Config } from '@freeface/config';
import { FreeFaceError } from '@freeface/domain';
import { ErrorCode, MilvusClient, type ResStatus } from '@zilliz/milvus2-sdk-node';

/** how long one request may take unless its call says otherwise */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * Keepalive pings: the SDK's default sends one every 10 s, while a gRPC server by default takes a ping at most every
 * 5 minutes when no data flows (Milvus Lite's does): on a call that runs longer than that (flushing or loading a
 * large collection), the server then ends the connection "because of excess pings" and the call fails with
 * RESOURCE_EXHAUSTED. Six minutes stays within every server's limit; a dead peer is still found by the call's deadline.
 */
const KEEPALIVE_MS = 6 * 60_000;

export function createMilvusClient(config: Config, options: { timeoutMs?: number } = {}): MilvusClient {
  const { address, token } = config.milvus;
  return new MilvusClient({
    address,
    token,
    timeout: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    channelOptions: { 'grpc.keepalive_time_ms': KEEPALIVE_MS },
    // the SDK logs every request at debug level under NODE_ENV=test
    logLevel: 'warn',
  });
}

/** Loading a collection reads all its vectors into memory: minutes for millions of faces, not one request's 30 s. */
export const LOAD_TIMEOUT_MS = 15 * 60_000;

export class MilvusRequestError extends FreeFaceError {
  constructor(what: string, status: Partial<ResStatus>) {
    super(
      status.retriable ? 'UNAVAILABLE' : 'INTERNAL',
      `milvus ${what} failed: ${status.reason || status.error_code}`,
      {
        errorCode: status.error_code,
        code: status.code,
      },
    );
  }
}

type Reply = Partial<ResStatus> | { status: Partial<ResStatus> };

/** Throws MilvusRequestError unless the reply (a status, or a response holding one) says success. */
export function ok<T extends Reply>(what: string, reply: T): T {
  const status: Partial<ResStatus> = 'status' in reply ? reply.status : (reply as Partial<ResStatus>);
  if (status.error_code !== ErrorCode.SUCCESS) throw new MilvusRequestError(what, status);
  return reply;
}

/** A string literal for a Milvus boolean expression: double-quoted, backslashes and quotes escaped. */
export function quote(value: string): string {
  return JSON.stringify(value);
}
