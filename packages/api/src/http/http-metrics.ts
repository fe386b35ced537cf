import type { Metrics } from '@freeface/observability';
import type { FastifyInstance } from 'fastify';

/** Requests by method, route template and status; errors by class; duration and body size; how many are in flight. */
export function registerHttpMetrics(app: FastifyInstance, metrics: Metrics): void {
  const requests = metrics.counter('http_requests_total', 'HTTP requests answered', ['method', 'route', 'status']);
  const duration = metrics.histogram('http_request_duration_seconds', 'HTTP request duration', ['method', 'route']);
  const inFlight = metrics.gauge('http_requests_in_flight', 'HTTP requests being handled');
  const errors = metrics.counter(
    'http_errors_total',
    'HTTP requests answered with an error, client (4xx) or server (5xx)',
    ['method', 'route', 'class'],
  );
  const bodyBytes = metrics.histogram(
    'http_request_body_bytes',
    'size of the request bodies received',
    ['method', 'route'],
    [256, 4096, 65_536, 262_144, 1_048_576, 4_194_304, 16_777_216],
  );
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
    if (reply.statusCode >= 400) errors.inc({ ...labels, class: reply.statusCode >= 500 ? 'server' : 'client' });
    const length = Number(request.headers['content-length']);
    if (length > 0) bodyBytes.observe(labels, length);
    duration.observe(labels, (performance.now() - (started.get(request) ?? performance.now())) / 1000);
  });
}
