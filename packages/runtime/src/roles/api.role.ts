// The api role: the REST API (and its /health and metrics) and the web console (/admin) on settings
// api.host:port, and the first admin.
import { bootstrapAdmin, buildApp, startupBanner, withJwtSecret } from '@freeface/api';
import { ConfigError } from '@freeface/config';
import { consoleRoutes } from '@freeface/console/serve';
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
    const app = await buildApp({ config, logger, metrics, storage, analyzer: vision.analyzer, events, clustering });
    await app.register(consoleRoutes);
    shutdown.add('api: REST server', () => app.close());
    const admin = await bootstrapAdmin({ config, logger, storage });
    await app.listen({ host: config.api.host, port: config.api.port });
    return {
      endpoints: [{ name: 'REST API', scheme: 'http', host: config.api.host, port: config.api.port }],
      banner: (endpoints) =>
        startupBanner({ config, admin, endpoints, analyzer: vision.analyzer, registry: vision.registry }),
    };
  },
};
