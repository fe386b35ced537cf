// The enroll-worker role: the async enrollment workers and webhooks. Embedded: they analyse in process, on
// the process's event bus; cluster: they call the extractor over gRPC and consume Kafka.
import { enrollmentExtract } from '@freeface/api';
import { defaultEmbedder, linkExtractor, startEnrollmentWorkers } from '@freeface/enrollment';
import { adapter, type Role } from '../role.js';
import { withServiceToken } from '../service-token.js';

export const enrollWorkerRole: Role = {
  name: 'enroll-worker',
  service: 'async-enroll',
  needs: (config) => (config.runtime.profile === 'embedded' ? ['storage', 'vision', 'events'] : ['storage', 'events']),
  check(config, roles) {
    if (config.runtime.profile === 'embedded' && !roles.includes('api')) {
      // the embedded event bus belongs to one process: the one of the api role, where the jobs are published
      throw new Error(
        'async-enroll runs in the cluster profile (FREEFACE_PROFILE=cluster); `npm start` runs the workers of the embedded one',
      );
    }
  },
  async start(context) {
    const { logger, metrics, shutdown } = context;
    // cluster: the extractor client sends the service token
    const config =
      context.config.runtime.profile === 'embedded' ? context.config : await withServiceToken(context.config);
    const storage = adapter(context, 'storage', 'enroll-worker');
    const events = adapter(context, 'events', 'enroll-worker');
    const base = { config, logger, metrics, storage, events };
    if (config.runtime.profile === 'embedded') {
      const { analyzer } = adapter(context, 'vision', 'enroll-worker');
      const enrollment = await startEnrollmentWorkers({
        ...base,
        embedder: analyzer.current,
        extract: enrollmentExtract(analyzer),
      });
      shutdown.add('enroll-worker: workers and webhooks', () => enrollment.close());
      return { facts: { workers: config.enroll.workers } };
    }
    const extractor = linkExtractor(config, logger);
    shutdown.add('enroll-worker: extractor client', () => extractor.client.close());
    // the workers cannot store a face before they know the extractor's default embedder
    const embedder = await defaultEmbedder(extractor.client, logger, context.signal);
    const enrollment = await startEnrollmentWorkers({ ...base, embedder, extraction: extractor.extraction });
    // hands back what waits, finishes what runs
    shutdown.add('enroll-worker: workers and webhooks', () => enrollment.close());
    return { facts: { workers: config.enroll.workers, extractor: config.extractor.address } };
  },
};
