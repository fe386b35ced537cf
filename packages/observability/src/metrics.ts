import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

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

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
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

  /** The Prometheus text exposition. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private existing<M>(name: string): M | undefined {
    return this.registry.getSingleMetric(PREFIX + name) as M | undefined;
  }
}
