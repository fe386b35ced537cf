import type { Role } from '@freeface/domain';

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

const RANK: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };

/** admin can do everything, operator what viewers can and more. */
export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
