// One enroll_async with a webhook, through the REST API of running freeface processes, for the tracing tests:
// an API key (the webhook's secret), a receiver of the webhook on 127.0.0.1, the job followed to its end.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { faceImage } from '@freeface/testing';

export interface TracedEnrollment {
  readonly jobId: string;
  /** the `traceparent` header of the 202 */
  readonly traceparent: string | null;
  readonly status: string;
  /** the headers the webhook came with */
  readonly webhook: IncomingHttpHeaders;
}

/** A webhook receiver on a free port of 127.0.0.1; give its port to FREEFACE_WEBHOOK_PORTS. */
export async function startWebhookReceiver() {
  const received: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(req.headers);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function call(api: string, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads the JSON answers freely
  return { response, body: (await response.json()) as any };
}

/** Logs in, makes an operator API key and runs one enroll_async with webhook_url to the receiver until it ends. */
export async function enrollAsyncWithWebhook(
  api: string,
  admin: { user: string; password: string },
  receiver: Awaited<ReturnType<typeof startWebhookReceiver>>,
): Promise<TracedEnrollment> {
  const login = await call(api, 'POST', '/auth/login', {}, { username: admin.user, password: admin.password });
  const bearer = { authorization: `Bearer ${login.body.data.access_token}` };
  const key = await call(api, 'POST', '/api-keys', bearer, { name: `tracing-${Date.now()}`, role: 'operator' });
  const machine = { 'x-api-key': key.body.data.key as string };
  const queued = await call(api, 'POST', '/faces/enroll_async', machine, {
    external_id: `traced-${Date.now()}`,
    image_data: faceImage('identities/penny/penny1.png').toString('base64'),
    webhook_url: `http://127.0.0.1:${receiver.port}/hook`,
  });
  if (queued.response.status >= 300) throw new Error(`enroll_async: ${JSON.stringify(queued.body)}`);
  const jobId = queued.body.data.job_id as string;
  const until = Date.now() + 120_000;
  for (;;) {
    const { body } = await call(api, 'GET', `/faces/enroll/status/${jobId}`, machine);
    const { status } = body.data as { status: string };
    if ((status === 'completed' || status === 'failed') && receiver.received.length > 0) {
      return {
        jobId,
        traceparent: queued.response.headers.get('traceparent'),
        status,
        webhook: receiver.received[0] ?? {},
      };
    }
    if (Date.now() > until) throw new Error(`job ${jobId} did not end with its webhook: ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
