// The logged-in user's session, kept in localStorage so it survives a reload, and dropped once the token's
// lifetime (expires_in at login) has passed.

export type Role = 'admin' | 'operator' | 'viewer';

export interface Session {
  token: string;
  /** ms since the epoch */
  expiresAt: number;
  username: string;
  role: Role;
}

export const SESSION_KEY = 'freeface.session';

export function sessionFrom(
  login: { access_token: string; expires_in: number },
  me: { name: string; role: Role },
  now: number,
): Session {
  return { token: login.access_token, expiresAt: now + login.expires_in * 1000, username: me.name, role: me.role };
}

const ROLES: readonly Role[] = ['viewer', 'operator', 'admin'];

/** A stored session, unless it is missing, malformed or expired at `now`. */
export function readSession(raw: string | null, now: number): Session | undefined {
  if (!raw) return undefined;
  try {
    const s = JSON.parse(raw) as Partial<Session>;
    if (typeof s.token !== 'string' || typeof s.expiresAt !== 'number' || typeof s.username !== 'string')
      return undefined;
    if (!ROLES.includes(s.role as Role) || s.expiresAt <= now) return undefined;
    return s as Session;
  } catch {
    return undefined;
  }
}

/** Whether `role` may do what needs `needed` (admin > operator > viewer), as the API decides too. */
export const roleAllows = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);
