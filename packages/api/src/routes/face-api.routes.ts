import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../app-deps.js';
import { faceMetrics } from '../http/face-metrics.js';
import { registerImageUploads } from '../http/image-uploads.js';
import { clusterOperationsOf } from '../services/cluster-operations.js';
import { createFaceServices } from '../services/face-services.js';
import { decodeImageData } from '../services/image-data.js';
import { clusteringRoutes } from './clustering.routes.js';
import { clustersRoutes } from './clusters.routes.js';
import type { FaceRouteOptions } from './face-route-options.js';
import { facesRoutes } from './faces.routes.js';
import { imagesRoutes } from './images.routes.js';
import { jobsRoutes } from './jobs.routes.js';
import { personExportRoutes } from './person-export.routes.js';
import { personsRoutes } from './persons.routes.js';
import { recognitionRoutes } from './recognition.routes.js';

/** The face, person and image endpoints over one set of services. */
export const faceApiRoutes: FastifyPluginAsync<AppDeps> = async (api, deps) => {
  await registerImageUploads(api, deps.config.images.maxBytes);
  const services = createFaceServices(deps);
  const options: FaceRouteOptions = {
    services,
    metrics: faceMetrics(deps.metrics),
    imageOf: (field, base64) => decodeImageData(field, base64, deps.config.images.maxBytes),
    webhookAllowPrivate: deps.config.auth.webhookAllowPrivate,
    webhookPorts: deps.config.webhooks.ports,
    metadataLimits: {
      maxDepth: deps.config.api.metadataMaxDepth,
      maxKeys: deps.config.api.metadataMaxKeys,
      maxBytes: deps.config.api.metadataMaxBytes,
    },
  };
  await api.register(facesRoutes, options);
  await api.register(recognitionRoutes, options);
  await api.register(personsRoutes, options);
  await api.register(personExportRoutes, { services, metadata: deps.storage.metadata });
  await api.register(imagesRoutes, options);
  await api.register(jobsRoutes, options);
  const clustering = clusterOperationsOf(deps);
  api.addHook('onClose', async () => clustering.close());
  await api.register(clusteringRoutes, {
    operations: clustering.operations,
    persons: services.persons,
    metrics: options.metrics,
  });
  await api.register(clustersRoutes, {
    operations: clustering.operations,
    metadata: deps.storage.metadata,
    defaultModel: deps.config.models.embedder,
    metadataLimits: options.metadataLimits,
    metrics: options.metrics,
  });
};
