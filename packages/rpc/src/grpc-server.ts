import type { Logger } from '@freeface/observability';
import {
  type ChannelOptions,
  Server,
  ServerCredentials,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';
import { type GrpcAuth, guardService, type MethodAccess } from './grpc-auth.js';
import { loadStandardProtos } from './proto-definitions.js';
import { withProtobufMapEntries } from './reflection-descriptors.js';
import type { CallRecord } from './unary-call.js';

/** One service to serve: its definition, its handlers, and the protos that declare it (for reflection). */
export interface GrpcService {
  /** full name, e.g. freeface.extractor.v1.Extractor (the health service reports it under this name) */
  readonly name: string;
  readonly definition: ServiceDefinition;
  readonly implementation: UntypedServiceImplementation;
  /** the lowest role that may call each method; the service token may call them all */
  readonly access: MethodAccess;
  /** counts every call, the refused ones too (metrics) */
  readonly onCall?: ((record: CallRecord) => void) | undefined;
  readonly protos: PackageDefinition;
}

export interface GrpcServerOptions {
  /** address to listen on, e.g. 0.0.0.0 */
  readonly host: string;
  /** 0: any free port (tests) */
  readonly port: number;
  /** largest message received or sent */
  readonly maxMessageBytes: number;
  /** who may call the services' methods (health and reflection are open to all) */
  readonly auth: GrpcAuth;
  readonly logger: Logger;
}

export interface RunningGrpcServer {
  /** the port bound (the real one when 0 was asked for) */
  readonly port: number;
  /** SERVING or NOT_SERVING for the whole server ("") and each service, in grpc.health.v1 */
  setServing(serving: boolean): void;
  /** Stops taking calls, lets running ones finish for up to graceMs, then cuts the rest. */
  shutdown(graceMs?: number): Promise<void>;
}

/** Options shared by servers and clients so that both accept the same message sizes. */
export const channelOptions = (maxMessageBytes: number): ChannelOptions => ({
  'grpc.max_receive_message_length': maxMessageBytes,
  'grpc.max_send_message_length': maxMessageBytes,
});

/**
 * Serves `services` plus the standard gRPC health service (grpc.health.v1.Health) and server reflection
 * (grpc.reflection v1 and v1alpha), so `grpcurl -plaintext host:port list` lists them all. Health says
 * SERVING once bound; setServing(false) before shutting down lets load balancers drain the server. Every
 * method of `services` needs a credential (grpc-auth.ts): the service token, or an API key whose role allows it.
 */
export async function startGrpcServer(
  services: readonly GrpcService[],
  { host, port, maxMessageBytes, auth, logger }: GrpcServerOptions,
): Promise<RunningGrpcServer> {
  const server = new Server(channelOptions(maxMessageBytes));
  for (const service of services) server.addService(service.definition, guardService(service, auth, logger));

  const names = ['', ...services.map((s) => s.name)];
  const health = new HealthImplementation(Object.fromEntries(names.map((n) => [n, 'NOT_SERVING' as const])));
  health.addToServer(server);
  const protos = Object.assign({}, loadStandardProtos(), ...services.map((s) => s.protos)) as PackageDefinition;
  new ReflectionService(withProtobufMapEntries(protos)).addToServer(server);

  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${port}`, ServerCredentials.createInsecure(), (error, p) =>
      error ? reject(error) : resolve(p),
    ),
  );
  const setServing = (serving: boolean) => {
    for (const name of names) health.setStatus(name, serving ? 'SERVING' : 'NOT_SERVING');
  };
  setServing(true);
  logger.info({ port: bound, services: names.filter(Boolean) }, `gRPC on ${host}:${bound}`);

  return {
    port: bound,
    setServing,
    shutdown: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        setServing(false);
        const timer = setTimeout(() => {
          logger.warn({ graceMs }, 'gRPC calls still running after the grace period; cancelling them');
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
