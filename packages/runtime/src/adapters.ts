import type { Config } from '@freeface/config';
import { type OpenedEventBus, openEventBus } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import { instrumentStorage, openMetadataStore, openStorage } from '@freeface/storage';
import { openVision } from '@freeface/vision';
import type { Adapters, Need } from './role.js';
import type { Shutdown } from './shutdown.js';

/** freeface_events_consumer_lag: asked of the bus at each scrape, for the groups this process consumes in. */
function registerConsumerLag(metrics: Metrics, bus: OpenedEventBus['bus'], logger: Logger): void {
  const gauge = metrics.gauge('events_consumer_lag', 'messages a consumer group has not handled yet, by topic', [
    'group',
    'topic',
  ]);
  metrics.collectBefore(async () => {
    gauge.reset();
    try {
      const byTopic = new Map<string, { group: string; topic: string; lag: number }>();
      for (const { group, topic, lag } of await bus.lag()) {
        const key = `${group}\u0000${topic}`;
        const sum = byTopic.get(key) ?? { group, topic, lag: 0 };
        byTopic.set(key, { ...sum, lag: sum.lag + lag });
      }
      for (const { group, topic, lag } of byTopic.values()) gauge.set({ group, topic }, lag);
    } catch (error) {
      logger.debug({ err: error }, 'consumer lag not read');
    }
  });
}

/**
 * Opens, once, the adapters some role of the process needs: storage (or the metadata store alone) and vision
 * side by side, then the event bus. Each adds how it closes to the shutdown, so that the roles on them stop first.
 */
export async function openAdapters(
  config: Config,
  needs: ReadonlySet<Need>,
  { logger, metrics, shutdown }: { logger: Logger; metrics: Metrics; shutdown: Shutdown },
): Promise<Adapters> {
  const [storage, metadataAlone, vision] = await Promise.all([
    needs.has('storage')
      ? openStorage(config).then((opened) => {
          shutdown.add('storage', () => opened.close());
          return instrumentStorage(opened, metrics);
        })
      : undefined,
    needs.has('metadata') && !needs.has('storage')
      ? openMetadataStore(config).then((opened) => {
          shutdown.add('metadata store', () => opened.close());
          return opened;
        })
      : undefined,
    needs.has('vision')
      ? openVision(config, logger).then((opened) => {
          shutdown.add('vision: models', () => opened.close());
          return opened;
        })
      : undefined,
  ]);
  const events = needs.has('events') ? await openEventBus(config, logger) : undefined;
  if (events) {
    shutdown.add('event bus', () => events.bus.close());
    registerConsumerLag(metrics, events.bus, logger);
  }
  return { storage, metadata: storage?.metadata ?? metadataAlone, vision, events };
}
