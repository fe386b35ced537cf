import { afterEach, describe, expect, it } from 'vitest';
import { fixKafkaRequestQueue, kafkaRequestQueue } from './kafka-request-queue.js';

// kafkajs's own RequestQueue with the fix in place: no timer while nothing waits, a check at the throttle's
// end when a request waits (the Kafka adapter runs the event-bus contract against the real brokers).

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const RequestQueue = kafkaRequestQueue as unknown as new (
  options: object,
) => {
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  maybeThrottle(ms: number): void;
  push(request: object): void;
  checkPendingRequests(): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer; size: number }): void;
  destroy(): void;
};
const queues: Array<InstanceType<typeof RequestQueue>> = [];
const queue = () => {
  const made = new RequestQueue({
    maxInFlightRequests: 1,
    requestTimeout: 30_000,
    clientId: 't',
    broker: 'b',
    logger: silent,
  });
  queues.push(made);
  return made;
};
const request = (correlationId: number, sent: number[]) => ({
  entry: { correlationId, resolve() {}, reject() {} },
  expectResponse: true,
  sendRequest: () => sent.push(correlationId),
});

afterEach(() => {
  for (const q of queues.splice(0)) q.destroy();
});

describe('fixKafkaRequestQueue', () => {
  fixKafkaRequestQueue();

  it('keeps no timer going while no request waits (kafkajs 2.2.4 checks every millisecond for ever)', () => {
    const q = queue();
    q.checkPendingRequests();
    expect(q.throttleCheckTimeoutId).toBeNull();
    const sent: number[] = [];
    q.push(request(1, sent));
    q.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(sent).toEqual([1]);
    expect(q.throttleCheckTimeoutId).toBeNull();
  });

  it('sends a request held by the in-flight limit when the one in flight completes', () => {
    const q = queue();
    const sent: number[] = [];
    q.push(request(1, sent));
    q.push(request(2, sent));
    expect(sent).toEqual([1]);
    q.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(sent).toEqual([1, 2]);
  });

  it('sends a request held by a client-side throttle when the throttle ends', async () => {
    const q = queue();
    const sent: number[] = [];
    q.maybeThrottle(30);
    q.push(request(1, sent));
    expect(sent).toEqual([]);
    expect(q.throttleCheckTimeoutId).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(sent).toEqual([1]);
    expect(q.throttleCheckTimeoutId).toBeNull();
  });
});
