// Who may call the platform's gRPC services. The platform's own processes send the service token
// (`authorization: Bearer <token>`) and may call every method; people send an API key (`x-api-key: <key>`)
// and may call what its role allows, as on the REST API. startGrpcServer() puts every method of every
// service behind guardService(); health and reflection stay open (probes, load balancers, `grpcurl list`).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, type Role, roleAllows, UnauthenticatedError } from '@freeface/domain';
import type { Logger } from '@freeface/observability';
import type {
  handleUnaryCall,
  Metadata,
  ServiceDefinition,
  UntypedHandleCall,
  UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { reportOf, toStatusObject } from './grpc-errors.js';
import type { CallRecord } from './unary-call.js';

/** Metadata key of the service token, as `Bearer <token>`. */
export const AUTHORIZATION_KEY = 'authorization';
/** Metadata key of a person's API key (the REST API's header of the same name). */
export const API_KEY_KEY = 'x-api-key';

/** What the metadata store knows of a valid API key. */
export interface ApiKeyHolder {
  /** the key's name, for messages and logs */
  readonly name: string;
  readonly role: Role;
}

/** The holder of a key that is known and not revoked; undefined otherwise. The runtime gives it the metadata store. */
export type ApiKeyVerifier = (apiKey: string) => Promise<ApiKeyHolder | undefined>;

export interface GrpcAuth {
  /** accepted for every method (settings auth.serviceToken, or the one derived from the JWT secret) */
  readonly serviceToken: string;
  readonly verifyApiKey: ApiKeyVerifier;
}

/** Who makes a call. */
export type Caller = { readonly kind: 'service' } | ({ readonly kind: 'key' } & ApiKeyHolder);

/** The lowest role that may call each method of a service; the service token may call them all. */
export type MethodAccess<M extends string = string> = Readonly<Record<M, Role>>;

/** The method names of a generated handlers interface, without its index signature: MethodAccess<MethodsOf<H>>. */
export type MethodsOf<H> = keyof {
  [K in keyof H as string extends K ? never : number extends K ? never : K]: H[K];
} &
  string;

/** What a client sends: the platform's service token, or a person's API key. */
export type Credential = { readonly serviceToken: string } | { readonly apiKey: string };

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Compares through sha256, so the time taken tells neither the secret's bytes nor its length. */
const sameSecret = (given: string, expected: string): boolean =>
  timingSafeEqual(
    createHash('sha256').update(given, 'utf8').digest(),
    createHash('sha256').update(expected, 'utf8').digest(),
  );

const textOf = (metadata: Metadata, key: string): string | undefined => {
  const [value] = metadata.get(key);
  return value === undefined ? undefined : String(value);
};

/** The metadata a client sends for a credential. */
export function setCredential(metadata: Metadata, credential: Credential | undefined): void {
  if (!credential) return;
  if ('serviceToken' in credential) metadata.set(AUTHORIZATION_KEY, `Bearer ${credential.serviceToken}`);
  else metadata.set(API_KEY_KEY, credential.apiKey);
}

/** Who sent the call's metadata; UnauthenticatedError when nothing valid came. */
export async function callerOf(metadata: Metadata, auth: GrpcAuth): Promise<Caller> {
  const authorization = textOf(metadata, AUTHORIZATION_KEY);
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw new UnauthenticatedError('the authorization metadata must be "Bearer <service token>"');
    if (!sameSecret(token, auth.serviceToken)) {
      throw new UnauthenticatedError(
        `the bearer token is not this platform's service token; people call with an API key (${API_KEY_KEY}: <key>)`,
      );
    }
    return { kind: 'service' };
  }
  const apiKey = textOf(metadata, API_KEY_KEY);
  if (apiKey !== undefined) {
    const holder = apiKey ? await auth.verifyApiKey(apiKey) : undefined;
    if (!holder) throw new UnauthenticatedError('the API key is unknown or revoked');
    return { kind: 'key', name: holder.name, role: holder.role };
  }
  throw new UnauthenticatedError(
    `this call needs a credential: an API key in the ${API_KEY_KEY} metadata (grpcurl -H '${API_KEY_KEY}: <key>'), or the platform's service token (${AUTHORIZATION_KEY}: Bearer <token>)`,
  );
}

/** Throws ForbiddenError when the caller's role is below what the method needs. */
export function checkAccess(caller: Caller, method: string, needed: Role): void {
  if (caller.kind === 'service' || roleAllows(caller.role, needed)) return;
  throw new ForbiddenError(
    `${method} needs the ${needed} role or higher; the API key ${caller.name} has the ${caller.role} role`,
  );
}

export interface GuardedService {
  /** full name, e.g. freeface.cluster.v1.FaceCluster */
  readonly name: string;
  readonly definition: ServiceDefinition;
  readonly implementation: UntypedServiceImplementation;
  /** a method left out may be called with the service token only */
  readonly access: MethodAccess;
  /** counts the refused calls too, as the service's unary() handlers count theirs */
  readonly onCall?: ((record: CallRecord) => void) | undefined;
}

/**
 * The service's handlers, each answering UNAUTHENTICATED (no or a bad credential) or PERMISSION_DENIED (a role
 * too low) before its handler runs. Unary methods only: the platform's services have no others.
 */
export function guardService(
  { name, definition, implementation, access, onCall }: GuardedService,
  auth: GrpcAuth,
  logger: Logger,
): UntypedServiceImplementation {
  const guarded: UntypedServiceImplementation = {};
  for (const [method, { requestStream, responseStream }] of Object.entries(definition)) {
    const handler = implementation[method];
    if (!handler) continue; // grpc-js answers UNIMPLEMENTED
    if (requestStream || responseStream) throw new Error(`${name}/${method}: only unary methods can be guarded`);
    guarded[method] = guardUnary(method, `${name}/${method}`, handler as handleUnaryCall<unknown, unknown>, {
      needed: access[method],
      auth,
      logger,
      onCall,
    });
  }
  return guarded;
}

interface GuardOptions {
  readonly needed: Role | undefined;
  readonly auth: GrpcAuth;
  readonly logger: Logger;
  readonly onCall: ((record: CallRecord) => void) | undefined;
}

function guardUnary(
  method: string,
  path: string,
  handler: handleUnaryCall<unknown, unknown>,
  { needed, auth, logger, onCall }: GuardOptions,
): UntypedHandleCall {
  const guarded: handleUnaryCall<unknown, unknown> = (call, callback) => {
    const start = performance.now();
    callerOf(call.metadata, auth)
      .then((caller) => {
        if (needed) checkAccess(caller, path, needed);
        else if (caller.kind !== 'service') throw new ForbiddenError(`${path} takes the service token only`);
      })
      .then(
        () => handler(call, callback),
        (error: unknown) => {
          const report = reportOf(error);
          logger.info({ method: path, status: report.statusName }, `${path} refused: ${report.message}`);
          const seconds = (performance.now() - start) / 1000;
          onCall?.({ method, status: report.statusName, code: report.code, seconds });
          callback(toStatusObject(report));
        },
      )
      .catch((error: unknown) => logger.error({ err: error, method: path }, `${path} failed`));
  };
  return guarded;
}

/** Settings auth.serviceToken and auth.jwtSecret, as far as a process knows them. */
export interface ServiceSecrets {
  readonly serviceToken?: string | undefined;
  readonly jwtSecret?: string | undefined;
}

const DERIVATION_LABEL = 'freeface grpc service token v1';

/**
 * The service token when settings auth.serviceToken is unset: derived from the JWT secret (HMAC-SHA256 under a
 * fixed label), since every process that must agree on it already shares that secret. One-way: the token does
 * not give the JWT secret away.
 */
export const deriveServiceToken = (jwtSecret: string): string =>
  createHmac('sha256', jwtSecret).update(DERIVATION_LABEL, 'utf8').digest('base64url');

/** settings auth.serviceToken, else the one derived from auth.jwtSecret; undefined when neither is known */
export const serviceTokenOf = ({ serviceToken, jwtSecret }: ServiceSecrets): string | undefined =>
  serviceToken ?? (jwtSecret ? deriveServiceToken(jwtSecret) : undefined);

/** The credential of the platform's own clients (see serviceTokenOf()); none when no secret is known. */
export const serviceCredential = (auth: ServiceSecrets): Credential | undefined => {
  const serviceToken = serviceTokenOf(auth);
  return serviceToken ? { serviceToken } : undefined;
};
