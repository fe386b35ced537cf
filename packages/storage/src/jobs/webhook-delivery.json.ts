// How both metadata adapters keep a job's webhook delivery: one JSON text column, dates as ISO 8601.
import type { WebhookDelivery, WebhookState } from '@freeface/domain';

interface Stored {
  state: WebhookState;
  attempts: number;
  lastStatusCode?: number;
  lastError?: string;
  lastAttemptAt?: string;
}

export function writeWebhookDelivery(delivery: WebhookDelivery | undefined): string | null {
  if (delivery === undefined) return null;
  const { lastAttemptAt, ...rest } = delivery;
  const stored: Stored = { ...rest, ...(lastAttemptAt ? { lastAttemptAt: lastAttemptAt.toISOString() } : {}) };
  return JSON.stringify(stored);
}

export function readWebhookDelivery(text: string | null | undefined): WebhookDelivery | undefined {
  if (!text) return undefined;
  const { lastAttemptAt, ...rest } = JSON.parse(text) as Stored;
  return { ...rest, ...(lastAttemptAt ? { lastAttemptAt: new Date(lastAttemptAt) } : {}) };
}
