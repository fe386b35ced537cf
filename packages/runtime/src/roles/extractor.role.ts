// The extractor role: face detection and embedding over gRPC on settings extractor.host:port.
import { startExtractorServer } from '@freeface/extractor';
import { adapter, type Role } from '../role.js';

export const extractorRole: Role = {
  name: 'extractor',
  service: 'extractor',
  needs: () => ['vision'],
  async start(context) {
    const { config, logger, metrics, shutdown } = context;
    const vision = adapter(context, 'vision', 'extractor');
    const grpc = await startExtractorServer({ config, vision, logger, metrics });
    // finishes the calls in progress
    shutdown.add('extractor: gRPC server', () => grpc.shutdown());
    return {
      endpoints: [{ name: 'extractor', scheme: 'grpc', host: config.extractor.host, port: grpc.port }],
      facts: { detector: vision.analyzer.detector.id, embedder: vision.analyzer.embedder.id, port: grpc.port },
    };
  },
};
