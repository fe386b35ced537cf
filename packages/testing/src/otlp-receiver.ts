// An OTLP/HTTP trace receiver for tests: what Jaeger or the OpenTelemetry Collector would take at /v1/traces,
// decoded from OTLP JSON (the encoding of @opentelemetry/exporter-trace-otlp-http) into flat spans.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** OTLP's span kinds (opentelemetry/proto/trace/v1/trace.proto). */
export const OTLP_SPAN_KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'] as const;
export type OtlpSpanKind = (typeof OTLP_SPAN_KINDS)[number];

export interface ReceivedSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | undefined;
  readonly name: string;
  readonly kind: OtlpSpanKind;
  /** the service.name of the process that sent it */
  readonly service: string;
  /** the instrumentation scope that made it, e.g. @opentelemetry/instrumentation-http */
  readonly scope: string;
  readonly attributes: Record<string, string | number | boolean>;
  readonly links: readonly string[];
}

export interface OtlpReceiver {
  /** the base URL to give FREEFACE_OTLP_ENDPOINT */
  readonly endpoint: string;
  readonly spans: ReceivedSpan[];
  /** resolves once some span satisfies the test, or rejects after timeoutMs with what came */
  waitFor(test: (spans: readonly ReceivedSpan[]) => boolean, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

type AnyValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
type KeyValue = { key: string; value: AnyValue };
interface OtlpJson {
  resourceSpans?: Array<{
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: Array<{
      scope?: { name?: string };
      spans?: Array<{
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        kind?: number;
        attributes?: KeyValue[];
        links?: Array<{ traceId: string }>;
      }>;
    }>;
  }>;
}

const plainValue = (v: AnyValue): string | number | boolean =>
  v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : undefined) ?? v.boolValue ?? v.doubleValue ?? '';
const attributesOf = (list: KeyValue[] = []) => Object.fromEntries(list.map((a) => [a.key, plainValue(a.value)]));

/** Decodes an OTLP JSON export request into its spans. */
export function decodeOtlpJson(body: OtlpJson): ReceivedSpan[] {
  return (body.resourceSpans ?? []).flatMap((rs) => {
    const service = String(attributesOf(rs.resource?.attributes)['service.name'] ?? '');
    return (rs.scopeSpans ?? []).flatMap((ss) =>
      (ss.spans ?? []).map((s) => ({
        traceId: s.traceId,
        spanId: s.spanId,
        parentSpanId: s.parentSpanId || undefined,
        name: s.name,
        kind: OTLP_SPAN_KINDS[s.kind ?? 0] ?? 'UNSPECIFIED',
        service,
        scope: ss.scope?.name ?? '',
        attributes: attributesOf(s.attributes),
        links: (s.links ?? []).map((l) => l.traceId),
      })),
    );
  });
}

/** Starts a receiver on 127.0.0.1 at a free port. Only OTLP JSON is accepted (415 otherwise, as a collector would). */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') return res.writeHead(404).end();
      if (!String(req.headers['content-type']).startsWith('application/json')) return res.writeHead(415).end();
      try {
        spans.push(...decodeOtlpJson(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpJson));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    async waitFor(test, timeoutMs) {
      const until = Date.now() + timeoutMs;
      while (!test(spans)) {
        if (Date.now() > until) {
          const seen = spans.map((s) => `${s.service} ${s.kind} ${s.name}`).join('\n');
          throw new Error(`the spans awaited did not come within ${timeoutMs} ms; came:\n${seen}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
