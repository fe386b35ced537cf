import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { readEvidenceMarker } from '@freeface/enrollment';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.js';
import { auditTrail } from './audit/audit.plugin.js';
import { authGate } from './auth/auth.plugin.js';
import { withAnswerHeaders } from './http/answer-headers.js';
import { API_PREFIX } from './http/api-prefix.js';
import { clientErrorHandler, frameworkErrors, registerErrorHandler } from './http/error-handler.js';
import { registerErrorResponses } from './http/error-responses.js';
import { registerHttpMetrics } from './http/http-metrics.js';
import { withImageUploads } from './http/image-uploads.js';
import { REQUEST_ID_LOG_LABEL, registerRequestId, requestIdOf } from './http/request-id.js';
import { registerBodyTimeout, serverTimeouts } from './http/request-timeouts.js';
import { withTextAnswers } from './http/text-answers.js';
import { registerTraceHeader } from './http/trace-header.js';
import { apiKeysRoutes } from './routes/api-keys.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { faceApiRoutes } from './routes/face-api.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { metricsRoutes } from './routes/metrics.routes.js';
import { modelsRoutes } from './routes/models.routes.js';
import { usersRoutes } from './routes/users.routes.js';

export type { AppDeps } from './app-deps.js';
export { API_PREFIX };

/**
 * The longest path parameter the router passes on, as sent (%-escaped): the longest id a schema takes (an
 * external id, 256 characters) when each is a 4-byte UTF-8 character, 12 characters escaped. The schemas then
 * hold the real limits, with a 400 that says which; longer still is a 414.
 */
const MAX_PARAM_LENGTH = 256 * 12;

/** The REST API: everything under /api/v1, OpenAPI at /docs/json, Swagger UI at /docs. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.api.bodyLimitBytes,
    genReqId: requestIdOf,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: REQUEST_ID_LOG_LABEL }),
    ...serverTimeouts(deps.config.api),
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerRequestId(app);
  registerErrorHandler(app, registerErrorResponses(app));
  registerHttpMetrics(app, deps.metrics);
  registerTraceHeader(app);
  registerBodyTimeout(app, deps.config.api.bodyTimeoutMs);

  // before swagger and every route: it marks /docs public, and guards every route registered after it
  await app.register(authGate, { deps, publicPrefixes: ['/docs'] });
  await app.register(auditTrail, {
    metadata: deps.storage.metadata,
    evidenceOf: async (imageId) => (await readEvidenceMarker(deps.storage.objects, imageId))?.personIds ?? [],
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'FreeFace API', version: '1.0.0', description: 'Face recognition and tracking' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
        },
      },
      security: [{ bearer: [] }, { apiKey: [] }],
    },
    transform: withImageUploads(withAnswerHeaders(withTextAnswers(jsonSchemaTransform))),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(
    async (api) => {
      await api.register(healthRoutes, deps);
      await api.register(metricsRoutes, deps);
      await api.register(authRoutes, deps);
      await api.register(usersRoutes, deps);
      await api.register(apiKeysRoutes, deps);
      await api.register(faceApiRoutes, deps);
      await api.register(modelsRoutes, deps);
      await api.register(auditRoutes, deps);
    },
    { prefix: API_PREFIX },
  );
  return app;
}
