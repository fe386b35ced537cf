import type { FaceClustering } from '@freeface/clustering';
import type { Config } from '@freeface/config';
import type { OpenedEventBus } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import type { MetadataStore, Storage } from '@freeface/storage';
import type { Vision } from '@freeface/vision';
import type { Shutdown } from './shutdown.js';

/** What a process can run; settings runtime.roles or `freeface start --roles` choose. */
export const ROLE_NAMES = ['api', 'extractor', 'enroll-worker', 'cluster'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/**
 * The adapters a role runs on; the runtime opens each once for every role of the process. 'metadata': the
 * metadata store alone (storage.metadata when storage is open too).
 */
export type Need = 'storage' | 'metadata' | 'vision' | 'events';

/** The adapters of the process: those some role needs are open. */
export interface Adapters {
  readonly storage?: Storage | undefined;
  /** open when some role needs 'metadata' or 'storage' */
  readonly metadata?: MetadataStore | undefined;
  readonly vision?: Vision | undefined;
  readonly events?: OpenedEventBus | undefined;
}

/** Where a role listens, for the banner and the logs. */
export interface Endpoint {
  readonly name: string;
  readonly scheme: 'http' | 'grpc';
  /** the address bound (0.0.0.0: every interface) */
  readonly host: string;
  readonly port: number;
}

export interface RoleContext {
  readonly config: Config;
  /** every role of this process */
  readonly roles: readonly RoleName[];
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly adapters: Adapters;
  /** where a role adds what stops it: run in reverse order of start */
  readonly shutdown: Shutdown;
  /** aborted when the process stops before the role has started (e.g. a standby waiting for its lease) */
  readonly signal: AbortSignal;
  /** embedded: the process's one FaceClustering, shared by the api and cluster roles (the clusters' one writer) */
  sharedClustering(): FaceClustering;
  /** a role that cannot go on (e.g. lost its lease): the process stops at once and exits non-zero */
  fail(error: Error): void;
}

export interface StartedRole {
  readonly endpoints?: readonly Endpoint[];
  /** the api role: what a person reads after start, given every endpoint of the process */
  readonly banner?: (endpoints: readonly Endpoint[]) => string;
  /** logged when the role is ready */
  readonly facts?: Record<string, unknown>;
}

export interface Role {
  readonly name: RoleName;
  /** the deployment that runs this role alone (kubernetes/, Procfile): names the process's logs and metrics */
  readonly service: string;
  /** the adapters it runs on under these settings */
  needs(config: Config): readonly Need[];
  /** throws when it cannot run beside these roles under these settings; before anything opens */
  check?(config: Config, roles: readonly RoleName[]): void;
  start(context: RoleContext): Promise<StartedRole>;
}

/** The adapter, or an error naming the role that should have declared it. */
export function adapter<K extends keyof Adapters>(
  context: RoleContext,
  key: K,
  role: RoleName,
): NonNullable<Adapters[K]> {
  const value = context.adapters[key];
  if (!value) throw new Error(`role ${role} needs the ${key} adapter, which the runtime did not open`);
  return value as NonNullable<Adapters[K]>;
}
