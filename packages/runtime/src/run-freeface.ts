import { type Config, ConfigError, loadConfig } from '@freeface/config';
import { ROLE_NAMES, type Role, type RoleName } from './role.js';
import { chooseRoles, processName } from './roles.js';
import type { ShutdownReport } from './shutdown.js';
import { type RunningProcess, startProcess } from './start-process.js';

export interface RunOptions {
  /** `--roles`; default: settings runtime.roles, else by profile */
  readonly roles?: readonly string[] | undefined;
  /** the settings; default: loadConfig() of the environment */
  readonly config?: Config | undefined;
  readonly out?: ((line: string) => void) | undefined;
  readonly err?: ((line: string) => void) | undefined;
  /** how the process ends; default: process.exit */
  readonly exit?: ((code: number) => void) | undefined;
  /** stop on SIGINT and SIGTERM; default true (tests call stop() of the answer instead) */
  readonly signals?: boolean | undefined;
  /** the roles by name (tests give fakes); default: ROLES */
  readonly catalog?: Readonly<Record<RoleName, Role>> | undefined;
}

export interface RunHandle {
  /** what a signal does: the one ordered shutdown, then exit */
  stop(why: string, code: number): Promise<void>;
}

const isRoleName = (name: string): name is RoleName => (ROLE_NAMES as readonly string[]).includes(name);

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const PARENT_CHECK_MS = 1000;

/**
 * Calls gone() once the parent process exits (this one is handed to another): `npx freeface start` runs the
 * bin under `sh -c`, which dies of SIGTERM without passing it on, and npm killed with SIGKILL passes nothing.
 */
function watchParent(gone: (parent: number) => unknown): void {
  const parent = process.ppid;
  if (parent <= 1) return; // PID 1's child (a container, systemd): nothing to watch
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    gone(parent);
  }, PARENT_CHECK_MS);
  timer.unref();
}
/** past the shutdown timeout, how long the last steps (logs, exit) may take before the process exits anyway */
const EXIT_MARGIN_MS = 2000;

const describeReport = (report: ShutdownReport) =>
  [...report.failed.map((f) => `${f.step} failed (${f.error})`), ...(report.hung ? [`${report.hung} hung`] : [])].join(
    ', ',
  );

/**
 * `freeface start`: the process's life. Settings read once, the chosen roles started (startProcess), the
 * banner printed; SIGINT or SIGTERM runs the one ordered shutdown, bounded by
 * settings runtime.shutdownTimeoutMs, and exits 0 when it went cleanly, 1 when a step failed or hung (named
 * in the log and here). A second signal, or a role that cannot go on (RoleContext.fail), exits at once.
 */
export async function runFreeface(options: RunOptions = {}): Promise<RunHandle | undefined> {
  const out = options.out ?? ((line: string) => console.log(line));
  const err = options.err ?? ((line: string) => console.error(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  // the name of the process to be, for an error before the settings are read
  let name = processName(chooseRoles(undefined, (options.roles ?? []).filter(isRoleName)));
  let config: Config;
  let roles: ReturnType<typeof chooseRoles>;
  try {
    config = options.config ?? loadConfig();
    roles = chooseRoles(config, options.roles);
    name = processName(roles);
  } catch (error) {
    err(`${name} cannot start: ${error instanceof Error ? error.message : String(error)}`);
    exit(1);
    return undefined;
  }

  const starting = new AbortController();
  let start: Promise<RunningProcess> | undefined;
  let stopping = false;
  const stop = async (why: string, code: number): Promise<void> => {
    if (stopping) {
      err(`${name}: ${why} while shutting down: exiting at once`);
      return exit(1);
    }
    stopping = true;
    err(`${name}: ${why}: shutting down`);
    // bounded even when a start under way does not notice the abort
    const bound = setTimeout(() => {
      err(`${name}: not stopped within ${config.runtime.shutdownTimeoutMs} ms: exiting`);
      exit(1);
    }, config.runtime.shutdownTimeoutMs + EXIT_MARGIN_MS).unref();
    starting.abort(new Error(why));
    // a start under way stops what it started when it sees the abort, and rejects
    const report = await start?.then(
      (running) => running.close(),
      () => undefined,
    );
    clearTimeout(bound);
    if (report && !report.ok) {
      err(`${name}: shutdown did not go cleanly: ${describeReport(report)}`);
      return exit(1);
    }
    exit(code);
  };
  if (options.signals ?? true) {
    for (const signal of SIGNALS) process.on(signal, () => void stop(signal, 0));
    if (config.runtime.stopWithParent)
      watchParent((parent) => stop(`the process that started it (pid ${parent}) exited`, 0));
  }

  try {
    start = startProcess({ config, roles, signal: starting.signal, catalog: options.catalog });
    const running = await start;
    if (stopping) return { stop };
    // e.g. another face-cluster took over the clusters: no graceful stop, which would keep writing them
    void running.failed.then((error) => {
      err(`${name}: ${error.message}: stopping at once`);
      exit(1);
    });
    if (running.banner) out(running.banner);
    return { stop };
  } catch (error) {
    if (stopping) return { stop }; // the signal's stop() ends the process
    if (error instanceof ConfigError) err(`${name} cannot start: ${error.message}`);
    else err(`${name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
    exit(1);
    return undefined;
  }
}
