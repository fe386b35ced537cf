import type { Config } from '@freeface/config';
import { openEventBus } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import { instrumentStorage, openMetadataStore, openStorage } from '@freeface/storage';
import { openVision } from '@freeface/vision';
import type { Adapters, Need } from './role.js';
import type { Shutdown } from './shutdown.js';

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
  if (events) shutdown.add('event bus', () => events.bus.close());
  return { storage, metadata: storage?.metadata ?? metadataAlone, vision, events };
}
