import { currentLogContext } from '@freeface/observability';
import { type Client, Metadata, type ServiceError } from '@grpc/grpc-js';
import { type Credential, setCredential } from './grpc-auth.js';
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
  /** sent with every call: the platform's service token, or a person's API key */
  readonly credential?: Credential | undefined;
}

/**
 * One unary call with a deadline, carrying the credential and the request id of the current log context. Failures come back as
 * RpcError with the platform's error code (INVALID_ARGUMENT, UNAVAILABLE, ...) and the server's stable code.
 */
export function callUnary<Req, Res>(
  client: Client,
  method: UnaryMethod<Req, Res>,
  request: Req,
  { timeoutMs, target, credential }: CallSettings,
): Promise<Res> {
  const metadata = new Metadata();
  setCredential(metadata, credential);
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
