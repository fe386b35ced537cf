import { currentLogContext } from '@freeface/observability';
import { type Client, Metadata, type ServiceError } from '@grpc/grpc-js';
import { fromServiceError } from './grpc-errors.js';
import { REQUEST_ID_KEY } from './unary-call.js';

/** What a call needs of a method: a generated definition's method (request in, output response back) or grpc-js's. */
export interface UnaryMethod<Req, Res> {
  readonly path: string;
  requestSerialize(request: Req): Buffer;
  responseDeserialize(bytes: Buffer): Res;
}

export interface CallSettings {
  /** deadline of the call, from now */
  readonly timeoutMs: number;
  /** named in the message of an UNAVAILABLE error, e.g. "extractor at 127.0.0.1:50051" */
  readonly target: string;
}

/**
 * One unary call with a deadline, carrying the request id of the current log context. Failures come back as
 * RpcError with the platform's error code (INVALID_ARGUMENT, UNAVAILABLE, ...) and the server's stable code.
 */
export function callUnary<Req, Res>(
  client: Client,
  method: UnaryMethod<Req, Res>,
  request: Req,
  { timeoutMs, target }: CallSettings,
): Promise<Res> {
  const metadata = new Metadata();
  const requestId = currentLogContext()?.requestId;
  if (requestId) metadata.set(REQUEST_ID_KEY, requestId);
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      method.path,
      method.requestSerialize,
      method.responseDeserialize,
      request,
      metadata,
      { deadline: Date.now() + timeoutMs },
      (error: ServiceError | null, response?: Res) => {
        if (error) reject(fromServiceError(error, target));
        else resolve(response as Res);
      },
    );
  });
}
