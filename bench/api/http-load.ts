// HTTP helpers of the API benchmark: one JSON call through the envelope, and a bounded autocannon run.
import autocannon from 'autocannon';

export interface ApiCall {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: string;
}

/** A caller of the server at `base` with a bearer token once logged in; answers `data`, throws on a failed envelope.
 * A string body is sent as it is (already JSON). */
export class Api {
  token: string | undefined;

  constructor(readonly base: string) {}

  headers(): Record<string, string> {
    return {
      'content-type': 'application/json',
      ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
    };
  }

  /**
   * The server's event-loop delay since the previous call, in ms (prom-client resets its histogram on every
   * collection, and nothing else scrapes this server): how long requests waited behind work on the loop.
   */
  async eventLoopDelay(): Promise<{ p99: number; max: number }> {
    const response = await fetch(`${this.base}/api/v1/metrics/prometheus`, { headers: this.headers() });
    const text = await response.text();
    const gauge = (name: string) =>
      1000 * Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
    return { p99: gauge('nodejs_eventloop_lag_p99_seconds'), max: gauge('nodejs_eventloop_lag_max_seconds') };
  }

  // biome-ignore lint/suspicious/noExplicitAny: the bench reads the JSON answers freely
  async call(method: ApiCall['method'], path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${this.base}${path}`, {
      method: method ?? 'GET',
      headers: this.headers(),
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const answer = (await response.json()) as { success?: boolean; message?: string; data?: unknown };
    if (!response.ok || answer.success === false)
      throw new Error(`${method} ${path}: ${response.status} ${answer.message ?? JSON.stringify(answer)}`);
    return answer.data;
  }
}

export interface LoadFigures {
  name: string;
  connections: number;
  /** responses received */
  requests: number;
  /** responses per second over the run */
  perSecond: number;
  p50: number;
  p99: number;
  /** non-2xx answers plus connection errors and timeouts: anything but 0 makes the figures suspect */
  failed: number;
  /** the server's event-loop delay during the run, ms */
  loopDelay: { p99: number; max: number };
}

/**
 * `requests` sent over `connections` connections for `seconds` (each connection goes round the list), after
 * `warmup` calls of the first one outside the measure; `onBody` sees the body of every answer. readLoopDelay
 * false leaves the server's event-loop delay to another run going on at the same time (it resets on each read).
 */
export async function load(
  api: Api,
  name: string,
  requests: readonly ApiCall[],
  options: {
    connections: number;
    seconds: number;
    warmup?: number;
    onBody?: (body: string) => void;
    readLoopDelay?: boolean;
  },
): Promise<LoadFigures> {
  const readLoopDelay = options.readLoopDelay !== false;
  const [first] = requests;
  if (!first) throw new Error(`${name}: no request to send`);
  for (let i = 0; i < (options.warmup ?? 3); i++) await api.call(first.method, first.path, first.body);
  const headers = api.headers();
  const onBody = options.onBody;
  if (readLoopDelay) await api.eventLoopDelay();
  const result = await autocannon({
    url: api.base,
    connections: options.connections,
    duration: options.seconds,
    requests: requests.map((r) => ({
      method: r.method ?? 'GET',
      path: r.path,
      headers,
      ...(r.body === undefined ? {} : { body: r.body }),
      ...(onBody ? { onResponse: (_status: number, body: string) => onBody(body) } : {}),
    })),
  });
  const loopDelay = readLoopDelay ? await api.eventLoopDelay() : { p99: Number.NaN, max: Number.NaN };
  return {
    name,
    connections: options.connections,
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    loopDelay,
  };
}
