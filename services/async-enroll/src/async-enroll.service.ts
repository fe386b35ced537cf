import type { Config } from '@freeface/config';
import { type AsyncEnrollment, createEnrollmentServices, startAsyncEnrollment } from '@freeface/enrollment';
import { type OpenedEventBus, openEventBus } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import { instrumentStorage, openStorage, type Storage } from '@freeface/storage';
import { defaultEmbedder, linkExtractor } from './extractor-link.js';

export interface RunningAsyncEnroll {
  readonly enrollment: AsyncEnrollment;
  /** graceful: hands back what waits, finishes what runs, then closes the connections */
  close(): Promise<void>;
}

/**
 * The async-enroll service: storage and the event bus of the profile, the extractor over gRPC, and the
 * workers and webhooks of @freeface/enrollment over them.
 */
export async function startAsyncEnroll(
  config: Config,
  logger: Logger,
  metrics: Metrics,
  signal: AbortSignal,
): Promise<RunningAsyncEnroll> {
  if (config.runtime.profile !== 'cluster') {
    // the embedded event bus belongs to one process, and `npm start` runs the workers in it already
    throw new Error(
      'async-enroll runs in the cluster profile (FREEFACE_PROFILE=cluster); `npm start` runs the workers of the embedded one',
    );
  }
  const extractor = linkExtractor(config, logger);
  let storage: Storage | undefined;
  let events: OpenedEventBus | undefined;
  try {
    storage = instrumentStorage(await openStorage(config), metrics);
    events = await openEventBus(config, logger);
    const embedder = await defaultEmbedder(extractor.client, logger, signal);
    const services = createEnrollmentServices({
      config,
      logger,
      storage,
      bus: events.bus,
      topics: events.topics,
      embedder,
    });
    const enrollment = await startAsyncEnrollment({
      config,
      logger,
      metrics,
      storage,
      bus: events.bus,
      topics: events.topics,
      services,
      extraction: extractor.extraction,
    });
    const [store, bus] = [storage, events.bus];
    return {
      enrollment,
      async close() {
        await enrollment.close();
        await bus.close();
        await store.close();
        extractor.client.close();
      },
    };
  } catch (error) {
    await events?.bus.close().catch(() => {});
    await storage?.close().catch(() => {});
    extractor.client.close();
    throw error;
  }
}
