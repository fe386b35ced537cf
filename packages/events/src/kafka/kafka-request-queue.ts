// kafkajs 2.2.4 (its last release) keeps a 1 ms timer going on every broker connection for as long as the
// connection lives: RequestQueue.scheduleCheckPendingRequests sets a timeout even when no request waits,
// and with no throttle its delay is negative (Node runs it after 1 ms), so each check schedules the next.
// A process with a producer or consumer wakes about a thousand times a second per connection for nothing:
// tens of ms of CPU a second idle, and several wake-ups in every request of an API that publishes
// (tulios/kafkajs#1556, #1704; the fix of PR #1667 was never released). Here the check is scheduled only
// when a request waits, as upstream intends: at the end of the client-side throttle, or after 10 ms.
// Requests held by the in-flight limit are checked again when one in flight completes (fulfillRequest).
import { createRequire } from 'node:module';

interface RequestQueue {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

/** kafkajs's own interval for a queue held back by no throttle (CHECK_PENDING_REQUESTS_INTERVAL) */
const CHECK_PENDING_MS = 10;

/** The RequestQueue class kafkajs uses (the same module instance: same resolved file). */
export const kafkaRequestQueue = createRequire(import.meta.url)('kafkajs/src/network/requestQueue/index.js') as {
  prototype: RequestQueue;
};

function scheduleCheckPendingRequests(this: RequestQueue): void {
  if (this.throttleCheckTimeoutId || this.pending.length === 0) return;
  const throttledFor = this.throttledUntil - Date.now();
  this.throttleCheckTimeoutId = setTimeout(
    () => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    },
    throttledFor > 0 ? throttledFor : CHECK_PENDING_MS,
  );
}

/** Puts the fix in place (once per process; every Kafka client made after it has it). */
export function fixKafkaRequestQueue(): void {
  kafkaRequestQueue.prototype.scheduleCheckPendingRequests = scheduleCheckPendingRequests;
}
