// The one place a MilvusClient is made (vector store and migration target), and the check every
// response goes through: the SDK reports most failures in a status rather than by throwing.
import type { Config } from '@freeface/config';
import { FreeFaceError } from '@freeface/domain';
import { ErrorCode, MilvusClient, type ResStatus } from '@zilliz/milvus2-sdk-node';

export function createMilvusClient(config: Config): MilvusClient {
  const { address, token } = config.milvus;
  return new MilvusClient({
    address,
    token,
    timeout: 30_000,
    // the SDK logs every request at debug level under NODE_ENV=test
    logLevel: 'warn',
  });
}

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
