import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export interface AdminServerOptions {
  readonly host: string;
  /** settings api.adminPort; 0: any free port (tests) */
  readonly port: number;
  readonly metrics: Metrics;
  /** true once the service can take work (models loaded, gRPC bound) and until it starts shutting down */
  readonly ready: () => boolean;
  readonly logger: Logger;
}

export interface AdminServer {
  readonly port: number;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/** The admin endpoint of a worker service: /health/live, /health/ready and /metrics/prometheus. */
export async function startAdminServer({
  host,
  port,
  metrics,
  ready,
  logger,
}: AdminServerOptions): Promise<AdminServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET') return json(res, 405, { error: 'only GET is served here' });
    switch (new URL(req.url ?? '/', 'http://admin').pathname) {
      case '/health/live':
        return json(res, 200, { status: 'alive' });
      case '/health/ready':
        return ready() ? json(res, 200, { status: 'ready' }) : json(res, 503, { status: 'not ready' });
      case '/metrics/prometheus':
        return void metrics.text().then(
          (text) => res.writeHead(200, { 'content-type': metrics.contentType }).end(text),
          (error: unknown) => {
            logger.error({ err: error }, 'metrics failed');
            json(res, 500, { error: 'metrics unavailable' });
          },
        );
      default:
        return json(res, 404, { error: 'not found; try /health/live, /health/ready or /metrics/prometheus' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info({ port: bound }, `admin endpoint on http://${host}:${bound}`);
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
