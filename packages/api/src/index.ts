// @freeface/api: the REST API (fastify, /api/v1) and its users; the runtime's api role serves it.
export { API_PREFIX, type AppDeps, buildApp } from './app.js';
export { hashApiKey } from './auth/api-key-secret.js';
export { type BootstrapResult, bootstrapAdmin, initialPasswordFile } from './auth/bootstrap-admin.js';
export { withJwtSecret } from './auth/jwt-secret.js';
export { verifyPassword } from './auth/password.js';
export { enrollmentExtract } from './services/face-analysis.js';
export { decodeImageData } from './services/image-data.js';
export { ModelSwitch, type ModelSwitchDeps } from './services/model-switch.js';
export { type NewUser, type PublicUser, UserService } from './services/user.service.js';
export { type BannerFacts, startupBanner } from './startup-banner.js';
