import { setTimeout as sleep } from 'node:timers/promises';
import { type ApiKey, type EnrollJob, isJobDone, type WebhookDelivery } from '@freeface/domain';
import type { EnrollResultMessage, EventBus, Subscription, Topics } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import type { Cache, MetadataStore } from '@freeface/storage';
import { webhookKeyOf } from '../job-options.js';
import { jobView } from '../job-view.js';
import { backoffMs } from '../worker/backoff.js';
import { webhookSentMarker } from './webhook-marker.js';
import { postWebhook } from './webhook-sender.js';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature.js';
import { parseWebhookUrl } from './webhook-target.js';

export interface WebhookSettings {
  /** settings webhooks.timeoutMs */
  readonly timeoutMs: number;
  /** settings webhooks.retries */
  readonly retries: number;
  /** settings webhooks.retryBaseMs */
  readonly retryBaseMs: number;
  /** settings auth.webhookAllowPrivate */
  readonly allowPrivate: boolean;
  /** settings webhooks.ports */
  readonly ports: readonly number[];
  /** the consumer group of the dispatchers */
  readonly group: string;
  /** partitions of the results topic: handled at once */
  readonly partitions: number;
}

export interface WebhookDispatcherDeps {
  readonly settings: WebhookSettings;
  readonly bus: EventBus;
  readonly topics: Topics;
  readonly metadata: MetadataStore;
  readonly cache: Cache;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/** enroll.completed, or enroll.failed (a dead-lettered job too) */
export const webhookEvent = (job: EnrollJob): string => `enroll.${job.status === 'completed' ? 'completed' : 'failed'}`;

/**
 * What a webhook carries: the event, and the job as GET /faces/enroll/status/{job_id} shows it, less
 * `webhook` (how this very delivery goes is told there, not in it).
 */
export const webhookBody = (job: EnrollJob): string => {
  const { webhook: _, ...view } = jobView(job);
  return JSON.stringify({ event: webhookEvent(job), job: view });
};

/** A delivery was made: kept a week, so that a result published again (after a crash) is not sent twice. */
const SENT_TTL_SECONDS = 7 * 24 * 3600;
const KEY_CACHE_MS = 30_000;

/**
 * Sends the webhook of each job that ended with a webhook_url: a consumer of the results topic. The body is
 * signed with the webhook secret of the API key the job was made with (see webhook-signature.ts); retried
 * with exponential backoff on network errors, timeouts, 408, 429 and 5xx; given up (and logged) after the
 * retries or on another 4xx. Each attempt is recorded on the job (its `webhook`: attempts, last status or
 * error, when), so GET /faces/enroll/status/{job_id} tells a delivery given up. A delivery is remembered in
 * the cache, so a result that comes again is not sent again (a job retried by an operator is a new result).
 * Jobs made with a user's access token have no webhook (the API refuses webhook_url for them).
 */
export async function startWebhookDispatcher(deps: WebhookDispatcherDeps): Promise<Subscription> {
  const { settings, bus, topics, metadata, cache, logger, metrics } = deps;
  const sent = metrics.counter('webhooks_total', 'webhook deliveries by outcome', ['outcome']);
  const attemptSeconds = metrics.histogram(
    'webhook_attempt_seconds',
    'one POST of a webhook, from connect to the answer, by outcome: delivered, rejected or failed',
    ['outcome'],
  );
  let keys: { at: number; byId: Map<string, ApiKey> } | undefined;
  const keyOf = async (id: string): Promise<ApiKey | undefined> => {
    if (!keys || Date.now() - keys.at > KEY_CACHE_MS || !keys.byId.has(id)) {
      keys = { at: Date.now(), byId: new Map((await metadata.apiKeys.list()).map((k) => [k.id, k])) };
    }
    return keys.byId.get(id);
  };

  const deliver = async (result: EnrollResultMessage): Promise<void> => {
    const job = await metadata.jobs.get(result.jobId);
    if (!job?.webhookUrl || !isJobDone(job.status)) return;
    const log = logger.child({ jobId: job.id });
    const marker = webhookSentMarker(job);
    let attempts = job.webhook?.attempts ?? 0;
    const record = (delivery: Omit<WebhookDelivery, 'attempts'>) => recordDelivery(job, { ...delivery, attempts });
    if ((await cache.get(marker)) !== undefined) return;
    const keyId = webhookKeyOf(job);
    const key = keyId === undefined ? undefined : await keyOf(keyId);
    if (!key || key.revoked) {
      sent.inc({ outcome: 'no_key' });
      await record({ state: 'not_sent', lastError: 'the API key of the job is gone or revoked' });
      return log.warn({ keyId }, 'webhook not sent: the API key of the job is gone or revoked');
    }
    let url: URL;
    try {
      url = parseWebhookUrl(job.webhookUrl, settings.allowPrivate, settings.ports);
    } catch (error) {
      sent.inc({ outcome: 'refused' });
      await record({ state: 'not_sent', lastError: `its URL is refused: ${(error as Error).message}` });
      return log.warn({ err: error }, 'webhook not sent: its URL is refused');
    }
    const body = webhookBody(job);
    for (let attempt = 0; attempt <= settings.retries; attempt++) {
      if (attempt > 0) await sleep(backoffMs(attempt, { firstMs: settings.retryBaseMs, mostMs: 60_000 }));
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = {
        [SIGNATURE_HEADER]: signWebhook(key.webhookSecret, timestamp, body),
        [TIMESTAMP_HEADER]: String(timestamp),
        'x-freeface-event': webhookEvent(job),
        'x-freeface-delivery': job.id,
      };
      const last = attempt === settings.retries;
      const lastAttemptAt = new Date();
      attempts++;
      const end = attemptSeconds.startTimer();
      try {
        const { status } = await postWebhook(url, body, headers, settings);
        end({
          outcome:
            status >= 200 && status < 300
              ? 'delivered'
              : status < 500 && status !== 408 && status !== 429
                ? 'rejected'
                : 'failed',
        });
        if (status >= 200 && status < 300) {
          await cache.set(marker, String(timestamp), SENT_TTL_SECONDS);
          sent.inc({ outcome: 'delivered' });
          return record({ state: 'delivered', lastStatusCode: status, lastAttemptAt });
        }
        if (status !== 408 && status !== 429 && status < 500) {
          sent.inc({ outcome: 'rejected' });
          const lastError = `the receiver answered ${status}; not sent again`;
          await record({ state: 'rejected', lastStatusCode: status, lastError, lastAttemptAt });
          return log.warn({ status }, 'webhook refused by its receiver; not sent again');
        }
        await record({
          state: last ? 'given_up' : 'retrying',
          lastStatusCode: status,
          lastError: `the receiver answered ${status}`,
          lastAttemptAt,
        });
        log.warn({ status, attempt }, 'webhook failed');
      } catch (error) {
        const lastError = (error as Error).message || String(error);
        end({ outcome: 'failed' });
        if ((error as { code?: string }).code === 'EWEBHOOKTARGET') {
          sent.inc({ outcome: 'refused' });
          await record({ state: 'not_sent', lastError, lastAttemptAt });
          return log.warn({ err: error }, 'webhook not sent: its host resolves to a private address');
        }
        await record({ state: last ? 'given_up' : 'retrying', lastError, lastAttemptAt });
        log.warn({ err: error, attempt }, 'webhook failed');
      }
    }
    sent.inc({ outcome: 'given_up' });
    log.error({ retries: settings.retries }, 'webhook given up after its retries');
  };

  /** on the job as it is now (its updatedAt kept: the delivery is no change of the job) */
  async function recordDelivery(of: EnrollJob, webhook: WebhookDelivery): Promise<void> {
    try {
      const current = await metadata.jobs.get(of.id);
      if (current && current.updatedAt.getTime() === of.updatedAt.getTime())
        await metadata.jobs.put({ ...current, webhook });
    } catch (error) {
      logger.warn({ err: error, jobId: of.id }, 'webhook delivery not recorded on its job');
    }
  }

  return bus.subscribe({
    group: settings.group,
    topics: [topics.enrollResults],
    concurrency: settings.partitions,
    handler: ({ message }) => deliver(message),
  });
}
