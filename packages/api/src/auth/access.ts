import type { Role } from '@freeface/domain';

export { roleAllows } from '@freeface/domain';

/**
 * Who may call a route: 'public' (health, liveness, readiness, login), or the lowest role that may.
 * Every route states it in its config: `{ config: { access: 'operator' } }`; a route without one is admin-only.
 */
export type Access = 'public' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** false takes the route out of the rate limits (health, liveness, readiness) */
    rateLimit?: false;
  }
}
