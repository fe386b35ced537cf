import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { PROJECT_ROOT } from '@freeface/testing';
import { freefaceArgs } from './freeface-process.js';

/** A deployment's process (`freeface start --roles ...`) as a deployment runs it; its output kept for failures. */
export class ServiceProcess {
  #child: ChildProcess | undefined;
  output = '';

  constructor(
    readonly name: string,
    /** `freeface start --roles` of the process, e.g. 'enroll-worker' */
    private readonly roles: string,
    private readonly env: Record<string, string>,
    /** GET here answers 200 once the service is ready */
    private readonly readyUrl: string,
  ) {}

  get running(): boolean {
    return this.#child !== undefined && this.#child.exitCode === null && this.#child.signalCode === null;
  }

  async start(timeoutMs = 90_000): Promise<void> {
    const child = spawn(process.execPath, freefaceArgs('start', '--roles', this.roles), {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (!this.running) throw new Error(`${this.name} exited at start:\n${this.output}`);
      const status = await fetch(this.readyUrl).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.name} not ready after ${timeoutMs} ms:\n${this.output}`);
  }

  /** The service's Prometheus metrics (its admin endpoint, where readyUrl is). */
  async metrics(): Promise<string> {
    return (await fetch(new URL('/metrics/prometheus', this.readyUrl))).text();
  }

  /** Sends the signal and answers the exit code (null when killed by the signal). */
  async stop(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.#child;
    if (!child || !this.running) return child?.exitCode ?? null;
    const exited = once(child, 'exit');
    child.kill(signal);
    const [code] = (await exited) as [number | null];
    return code;
  }
}
