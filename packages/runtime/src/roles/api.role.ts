// The api role: the REST API (and its /health and metrics) and the web console (/admin) on settings
// api.host:port, and the first admin.
import { bootstrapAdmin, buildApp, ModelSwitch, startupBanner, withJwtSecret } from '@freeface/api';
import { ConfigError } from '@freeface/config';
import { consoleRoutes } from '@freeface/console/serve';
import { EvidenceService, ImageService, Locks, RetentionSweeper } from '@freeface/enrollment';
import { adapter, type Role } from '../role.js';
import { withServiceToken } from '../service-token.js';

export const apiRole: Role = {
  name: 'api',
  service: 'api-server',
  needs: () => ['storage', 'vision', 'events'],
  check(config) {
    // before the models load: the embedded profile keeps a secret in the data dir, the cluster one has none
    if (config.runtime.profile === 'cluster' && !config.auth.jwtSecret)
      throw new ConfigError(['FREEFACE_JWT_SECRET: required when FREEFACE_PROFILE=cluster']);
  },
  async start(context) {
    const { logger, metrics, shutdown } = context;
    // cluster: merges and moves go to face-cluster with the service token
    const config = await withServiceToken(await withJwtSecret(context.config));
    const storage = adapter(context, 'storage', 'api');
    const vision = adapter(context, 'vision', 'api');
    const events = adapter(context, 'events', 'api');
    // embedded: merges and moves on the process's one clustering (cluster: face-cluster over gRPC)
    const clustering = config.runtime.profile === 'embedded' ? context.sharedClustering() : undefined;
    // which embedder answers: persisted, it may differ from the settings' until a re-embedding completes
    const models = await ModelSwitch.open({ config, logger, metrics, storage, vision, clustering });
    shutdown.add('api: re-embedding', () => models.close());
    const app = await buildApp({
      config,
      logger,
      metrics,
      storage,
      analyzer: vision.analyzer,
      registry: vision.registry,
      models,
      events,
      clustering,
    });
    await app.register(consoleRoutes);
    shutdown.add('api: REST server', () => app.close());
    const images = new ImageService(storage);
    const locks = new Locks(storage.cache);
    const sweeping = new RetentionSweeper({
      metadata: storage.metadata,
      cache: storage.cache,
      images,
      locks,
      logger,
      metrics,
      settings: config.retention,
      tasks: [new EvidenceService(storage, images, locks).retentionTask(config.retention.evidenceDays)],
    }).start(config.retention.sweepIntervalSeconds * 1000);
    shutdown.add('api: retention sweeper', () => sweeping.stop());
    const pending = await models.pending();
    const admin = await bootstrapAdmin({ config, logger, storage });
    await app.listen({ host: config.api.host, port: config.api.port });
    return {
      endpoints: [{ name: 'REST API', scheme: 'http', host: config.api.host, port: config.api.port }],
      banner: (endpoints) =>
        startupBanner({
          config,
          admin,
          endpoints,
          analyzer: vision.analyzer,
          registry: vision.registry,
          modelNotes: [
            vision.choice,
            ...(pending
              ? [
                  `${pending.model} (the settings') lacks ${pending.missing} of ${pending.activeFaces} faces: ${vision.analyzer.embedder.id} answers until \`npx freeface reindex\` completes`,
                ]
              : []),
          ],
        }),
    };
  },
};
