import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.js';

describe('Metrics', () => {
  it('exposes the default process metrics with the service label', async () => {
    const text = await new Metrics('api-server').text();
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="api-server"\} \d/m);
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('has the uptime, memory and event-loop lag of the process, the lag once the loop has turned', async () => {
    const metrics = new Metrics('svc');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const text = await metrics.text();
    const uptime = Number(/^freeface_uptime_seconds\{service="svc"\} (\S+)$/m.exec(text)?.[1]);
    expect(uptime).toBeGreaterThan(0);
    expect(Number(/^freeface_memory_bytes\{kind="rss",service="svc"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/^freeface_event_loop_lag_seconds\{quantile="0.99",service="svc"\} \d/m);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const later = Number(/^freeface_uptime_seconds\{service="svc"\} (\S+)$/m.exec(await metrics.text())?.[1]);
    expect(later).toBeGreaterThan(uptime);
  });

  it('counts with labels under the freeface_ prefix, and returns the same counter for the same name', async () => {
    const metrics = new Metrics('svc');
    metrics.counter('faces_enrolled_total', 'faces enrolled', ['model']).inc({ model: 'a' }, 2);
    metrics.counter('faces_enrolled_total', 'faces enrolled', ['model']).inc({ model: 'a' });
    expect(await metrics.text()).toContain('freeface_faces_enrolled_total{model="a",service="svc"} 3');
  });

  it('times successes and failures into a histogram', async () => {
    const metrics = new Metrics('svc');
    const h = metrics.histogram('op_seconds', 'op', ['outcome']);
    await metrics.time(h, async () => 1);
    await expect(metrics.time(h, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const text = await metrics.text();
    expect(text).toContain('freeface_op_seconds_count{service="svc",outcome="ok"} 1');
    expect(text).toContain('freeface_op_seconds_count{service="svc",outcome="error"} 1');
  });

  it('keeps registries of two services apart', async () => {
    const a = new Metrics('a');
    const b = new Metrics('b');
    a.gauge('queue_depth', 'depth').set(5);
    expect(await a.text()).toContain('freeface_queue_depth{service="a"} 5');
    expect(await b.text()).not.toContain('freeface_queue_depth');
  });
});
