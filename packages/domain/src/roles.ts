// What each role of a user or API key may do, for the REST API and the gRPC services alike.
import type { Role } from './entities.js';

const RANK: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };

/** admin can do everything, operator what viewers can and more. */
export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
