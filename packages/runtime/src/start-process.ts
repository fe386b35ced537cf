import { clusteringMetrics, type FaceClustering, openFaceClustering } from '@freeface/clustering';
import type { Config } from '@freeface/config';
import {
  type AdminServer,
  createLogger,
  type Logger,
  Metrics,
  startAdminServer,
  startTracing,
} from '@freeface/observability';
import { chooseModels, ModelRegistry } from '@freeface/vision';
import { openAdapters } from './adapters.js';
import { adapter, type Endpoint, type Need, type Role, type RoleContext, type RoleName } from './role.js';
import { processName, ROLES } from './roles.js';
import { Shutdown, type ShutdownReport } from './shutdown.js';

export interface ProcessOptions {
  readonly config: Config;
  readonly roles: readonly RoleName[];
  readonly logger?: Logger | undefined;
  readonly metrics?: Metrics | undefined;
  /** aborts a start still under way (e.g. a standby waiting for its lease): startProcess() rejects */
  readonly signal?: AbortSignal | undefined;
  /** the admin endpoint (health and metrics) on settings api.host:adminPort; default: when no api role runs */
  readonly admin?: boolean | undefined;
  /** the roles to start, by name (tests give fakes); default: ROLES */
  readonly catalog?: Readonly<Record<RoleName, Role>> | undefined;
}

export interface RunningProcess {
  readonly name: string;
  readonly roles: readonly RoleName[];
  readonly endpoints: readonly Endpoint[];
  /** the api role's banner, when it runs */
  readonly banner: string | undefined;
  /** resolves with the reason when a role cannot go on (the process must stop at once) */
  readonly failed: Promise<Error>;
  /** the one ordered shutdown, in reverse order of start, bounded by settings runtime.shutdownTimeoutMs */
  close(): Promise<ShutdownReport>;
}

/**
 * A process's life but its signals: the adapters the roles need opened once, the roles started on them in
 * order, the admin endpoint for worker roles; close() stops it all in reverse. When a start fails, what had
 * started is stopped before the error is thrown.
 */
export async function startProcess(options: ProcessOptions): Promise<RunningProcess> {
  const { roles } = options;
  // the default preset falls back to one every install has when its models are not prepared (no pip)
  const config = {
    ...options.config,
    models: chooseModels(options.config, ModelRegistry.load(options.config.models.dir)).models,
  };
  const catalog = options.catalog ?? ROLES;
  const chosen = roles.map((name) => catalog[name]);
  for (const role of chosen) role.check?.(config, roles);
  const name = processName(roles);
  const logger = options.logger ?? createLogger({ name, level: config.runtime.logLevel });
  const metrics = options.metrics ?? new Metrics(name);
  const shutdown = new Shutdown(logger);
  const stopping = new AbortController();
  const abort = () => stopping.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abort, { once: true });
  let reportFailure: (error: Error) => void = () => {};
  const failed = new Promise<Error>((resolve) => {
    reportFailure = resolve;
  });
  let ready = false;
  const close = () => {
    ready = false;
    stopping.abort(new Error('shutting down'));
    options.signal?.removeEventListener('abort', abort);
    return shutdown.run(config.runtime.shutdownTimeoutMs);
  };

  try {
    const tracing = startTracing({
      serviceName: config.telemetry.serviceName ?? name,
      endpoint: config.telemetry.otlpEndpoint,
      sampleRatio: config.telemetry.sampleRatio,
    });
    shutdown.add('tracing', () => tracing.shutdown());
    // live at once, ready once every role has started
    if (options.admin ?? !roles.includes('api')) {
      const admin: AdminServer = await startAdminServer({
        host: config.api.host,
        port: config.api.adminPort,
        metrics,
        ready: () => ready,
        logger,
      });
      shutdown.add('admin endpoint', () => admin.close());
    }
    const needs = new Set<Need>(chosen.flatMap((role) => role.needs(config)));
    const adapters = await openAdapters(config, needs, { logger, metrics, shutdown });
    let shared: FaceClustering | undefined;
    const context: RoleContext = {
      config,
      roles,
      logger,
      metrics,
      adapters,
      shutdown,
      signal: stopping.signal,
      sharedClustering() {
        shared ??= openFaceClustering({
          config,
          logger,
          storage: adapter(context, 'storage', 'cluster'),
          events: adapter(context, 'events', 'cluster'),
          metrics: clusteringMetrics(metrics),
        });
        return shared;
      },
      fail: (error) => reportFailure(error),
    };
    const endpoints: Endpoint[] = [];
    let bannerOf: ((all: readonly Endpoint[]) => string) | undefined;
    for (const role of chosen) {
      stopping.signal.throwIfAborted();
      const started = await role.start(context);
      endpoints.push(...(started.endpoints ?? []));
      bannerOf ??= started.banner;
      logger.info({ role: role.name, ...started.facts }, `role ${role.name} ready`);
    }
    stopping.signal.throwIfAborted();
    ready = true;
    return { name, roles, endpoints, banner: bannerOf?.(endpoints), failed, close };
  } catch (error) {
    const report = await close();
    if (!report.ok) logger.warn({ report }, 'stopping after a failed start did not go cleanly');
    throw error;
  }
}
