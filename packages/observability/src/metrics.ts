import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { registerSystemMetrics } from './system-metrics.js';

export type { Counter, Gauge, Histogram, Registry } from 'prom-client';

const PREFIX = 'freeface_';

/** Seconds; fits HTTP handlers and model inference alike. */
export const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A service's metrics: one registry with the default process metrics and helpers that name every
 * metric freeface_<name>. Each helper returns the same metric when called twice with the same name.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #readers: Array<() => Promise<void>> = [];

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    registerSystemMetrics(this.registry, PREFIX);
  }

  counter<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return this.existing(name) ?? new Counter({ name: PREFIX + name, help, labelNames, registers: [this.registry] });
  }

  gauge<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
    return this.existing(name) ?? new Gauge({ name: PREFIX + name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string = never>(
    name: string,
    help: string,
    labelNames: readonly L[] = [],
    buckets: number[] = LATENCY_BUCKETS,
  ): Histogram<L> {
    return (
      this.existing(name) ??
      new Histogram({ name: PREFIX + name, help, labelNames, buckets, registers: [this.registry] })
    );
  }

  /** Times fn into a histogram (seconds), labelled with outcome "ok" or "error". */
  async time<T>(histogram: Histogram<'outcome'>, fn: () => Promise<T>): Promise<T> {
    const end = histogram.startTimer();
    try {
      const result = await fn();
      end({ outcome: 'ok' });
      return result;
    } catch (error) {
      end({ outcome: 'error' });
      throw error;
    }
  }

  /** Runs before each exposition: for values read from elsewhere (a backend) when they are asked for. */
  collectBefore(read: () => Promise<void>): void {
    this.#readers.push(read);
  }

  /** The Prometheus text exposition. */
  async text(): Promise<string> {
    await Promise.all(this.#readers.map((read) => read()));
    return this.registry.metrics();
  }

  /** The same as JSON (prom-client's form). */
  async json() {
    await Promise.all(this.#readers.map((read) => read()));
    return this.registry.getMetricsAsJSON();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private existing<M>(name: string): M | undefined {
    return this.registry.getSingleMetric(PREFIX + name) as M | undefined;
  }
}
