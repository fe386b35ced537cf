import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Gauge, type Registry } from 'prom-client';

/**
 * The process as the platform reads it, beside prom-client's process_ and nodejs_ defaults: how long it has run,
 * its memory by kind, and how late the event loop runs (the 99th percentile since the last scrape: a loop
 * blocked by decoding or inference shows here first).
 */
export function registerSystemMetrics(registry: Registry, prefix: string): void {
  const started = performance.now();
  new Gauge({
    name: `${prefix}uptime_seconds`,
    help: 'seconds since the process started its metrics',
    registers: [registry],
    collect() {
      this.set((performance.now() - started) / 1000);
    },
  });
  new Gauge({
    name: `${prefix}memory_bytes`,
    help: 'memory of the process, by kind: rss, heap_used, heap_total, external, array_buffers',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      const m = process.memoryUsage();
      this.set({ kind: 'rss' }, m.rss);
      this.set({ kind: 'heap_used' }, m.heapUsed);
      this.set({ kind: 'heap_total' }, m.heapTotal);
      this.set({ kind: 'external' }, m.external);
      this.set({ kind: 'array_buffers' }, m.arrayBuffers);
    },
  });
  const delay = monitorEventLoopDelay({ resolution: 20 });
  delay.enable();
  new Gauge({
    name: `${prefix}event_loop_lag_seconds`,
    help: 'event loop delay since the last scrape, by quantile (0.5, 0.99, 1 = the most)',
    labelNames: ['quantile'],
    registers: [registry],
    collect() {
      if (delay.count === 0) return;
      this.set({ quantile: '0.5' }, delay.percentile(50) / 1e9);
      this.set({ quantile: '0.99' }, delay.percentile(99) / 1e9);
      this.set({ quantile: '1' }, delay.max / 1e9);
      delay.reset();
    },
  });
}
