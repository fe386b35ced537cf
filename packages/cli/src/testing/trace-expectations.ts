import type { OtlpReceiver, ReceivedSpan } from '@freeface/testing';
import { expect } from 'vitest';
import type { TracedEnrollment } from './traced-enrollment.js';

const describeSpans = (spans: readonly ReceivedSpan[]) =>
  spans.map((s) => `${s.service} [${s.scope}] ${s.kind} ${s.name}`).join('\n');

/**
 * The spans of the enrollment's trace, once they include its webhook's; checks that the trace is one: the 202's
 * traceparent names it, the webhook carried it on, it has SERVER, PRODUCER, CONSUMER and CLIENT spans, and every
 * span but its root has its parent in it.
 */
export async function expectOneTrace(
  otlp: OtlpReceiver,
  enrollment: TracedEnrollment,
  /** what else must have come (spans of work that goes on beside the webhook, e.g. face-cluster's) */
  also: (spans: readonly ReceivedSpan[]) => boolean = () => true,
): Promise<ReceivedSpan[]> {
  const [, traceId] = enrollment.traceparent?.split('-') ?? [];
  expect(traceId, 'the traceparent of the 202').toMatch(/^[0-9a-f]{32}$/);
  const inTrace = () => otlp.spans.filter((s) => s.traceId === traceId);
  // the webhook's delivery is the last thing the trace does; a span is sent when it ends, after its children
  // (each process sends every second), so the trace is whole once no span's parent is missing but the root's
  const rootsOf = (spans: readonly ReceivedSpan[]) => {
    const ids = new Set(spans.map((s) => s.spanId));
    return spans.filter((s) => !s.parentSpanId || !ids.has(s.parentSpanId));
  };
  await otlp.waitFor(() => {
    const spans = inTrace();
    const webhook = spans.some((s) => s.kind === 'CLIENT' && String(s.attributes['url.full'] ?? '').includes('/hook'));
    return webhook && rootsOf(spans).length === 1 && also(spans);
  }, 60_000);
  const spans = inTrace();
  const kinds = new Set(spans.map((s) => s.kind));
  for (const kind of ['SERVER', 'PRODUCER', 'CONSUMER', 'CLIENT'] as const) {
    expect(kinds.has(kind), `${kind} in\n${describeSpans(spans)}`).toBe(true);
  }
  expect(String(enrollment.webhook.traceparent ?? ''), 'the webhook carries the trace').toContain(traceId);
  const roots = rootsOf(spans);
  expect(
    roots.map((s) => `${s.kind} ${s.name}`),
    describeSpans(spans),
  ).toHaveLength(1);
  expect(roots[0]?.kind).toBe('SERVER');
  if (process.env.PRINT_TRACE) console.log(describeSpans(spans));
  return spans;
}
