import type { Metrics } from '@freeface/observability';
import type { FastifyInstance } from 'fastify';

/** Requests by method, route template and status; their duration; and how many are in flight. */
export function registerHttpMetrics(app: FastifyInstance, metrics: Metrics): void {
  const requests = metrics.counter('http_requests_total', 'HTTP requests answered', ['method', 'route', 'status']);
  const duration = metrics.histogram('http_request_duration_seconds', 'HTTP request duration', ['method', 'route']);
  const inFlight = metrics.gauge('http_requests_in_flight', 'HTTP requests being handled');
  const started = new WeakMap<object, number>();

  app.addHook('onRequest', async (request) => {
    started.set(request, performance.now());
    inFlight.inc();
  });
  app.addHook('onResponse', async (request, reply) => {
    inFlight.dec();
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route };
    requests.inc({ ...labels, status: String(reply.statusCode) });
    duration.observe(labels, (performance.now() - (started.get(request) ?? performance.now())) / 1000);
  });
}
