import { type OtlpReceiver, requireTestData, startOtlpReceiver } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded } from './testing/freeface-process.js';
import { expectOneTrace } from './testing/trace-expectations.js';
import { enrollAsyncWithWebhook, startWebhookReceiver } from './testing/traced-enrollment.js';

// `freeface start` in the embedded profile, as `npm start` runs it, with its traces sent to an OTLP receiver:
// one enroll_async is one trace, from the HTTP request through the SQLite event bus and the workers to the
// stores and the webhook.

const faces = requireTestData('faces');

describe.skipIf(!faces)('tracing of freeface start (embedded)', () => {
  let otlp: OtlpReceiver | undefined;
  let stop: (() => void) | undefined;
  afterAll(async () => {
    stop?.();
    await otlp?.close();
  });

  it('shows one enroll_async as one trace: SERVER, PRODUCER, CONSUMER and CLIENT spans of four components', {
    timeout: 240_000,
  }, async () => {
    otlp = await startOtlpReceiver();
    const hooks = await startWebhookReceiver();
    const admin = { user: 'admin', password: 'tracing-test-password' };
    stop = () => void hooks.close();
    const freeface = await startEmbedded('tracing', admin, {
      FREEFACE_OTLP_ENDPOINT: otlp.endpoint,
      FREEFACE_WEBHOOK_ALLOW_PRIVATE: 'true',
      FREEFACE_WEBHOOK_PORTS: String(hooks.port),
      FREEFACE_LOG_LEVEL: 'info',
    });
    stop = () => {
      freeface.stop();
      void hooks.close();
    };
    const { api, output } = freeface;
    const enrollment = await enrollAsyncWithWebhook(api, admin, hooks);
    expect(enrollment.status, output()).toBe('completed');
    const trace = await expectOneTrace(otlp, enrollment);
    // the embedded profile is one process: the components are the instrumentation scopes
    expect(new Set(trace.map((s) => s.scope)).size, output()).toBeGreaterThanOrEqual(4);
    // the log lines inside the trace carry its ids
    expect(output()).toContain(`"trace_id":"${trace[0]?.traceId}"`);
  });
});
