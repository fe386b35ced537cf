// The extractor role: face detection and embedding over gRPC on settings extractor.host:port, for the
// service token and API keys (checked in the metadata store, as the REST API does).
import { grpcListenHost } from '@freeface/config';
import { startExtractorServer } from '@freeface/extractor';
import { adapter, type Role } from '../role.js';
import { grpcAuthOf, withServiceToken } from '../service-token.js';

export const extractorRole: Role = {
  name: 'extractor',
  service: 'extractor',
  needs: () => ['vision', 'metadata'],
  async start(context) {
    const { logger, metrics, shutdown } = context;
    const config = await withServiceToken(context.config);
    const vision = adapter(context, 'vision', 'extractor');
    const auth = grpcAuthOf(config, adapter(context, 'metadata', 'extractor'));
    const grpc = await startExtractorServer({ config, vision, auth, logger, metrics });
    // finishes the calls in progress
    shutdown.add('extractor: gRPC server', () => grpc.shutdown());
    return {
      endpoints: [
        { name: 'extractor', scheme: 'grpc', host: grpcListenHost(config, config.extractor.host), port: grpc.port },
      ],
      facts: { detector: vision.analyzer.detector.id, embedder: vision.analyzer.embedder.id, port: grpc.port },
    };
  },
};
