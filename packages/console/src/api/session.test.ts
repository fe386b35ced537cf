import { describe, expect, it } from 'vitest';
import { readSession, roleAllows, sessionFrom } from './session.js';

describe('the console session', () => {
  const now = 1_700_000_000_000;
  const session = sessionFrom({ access_token: 'tok', expires_in: 3600 }, { name: 'ada', role: 'operator' }, now);

  it('lasts as long as the token the API gave, and is read back until then', () => {
    expect(session).toEqual({ token: 'tok', expiresAt: now + 3_600_000, username: 'ada', role: 'operator' });
    expect(readSession(JSON.stringify(session), now + 3_599_999)).toEqual(session);
    expect(readSession(JSON.stringify(session), now + 3_600_000)).toBeUndefined();
  });

  it('drops what is missing, malformed or of an unknown role', () => {
    expect(readSession(null, now)).toBeUndefined();
    expect(readSession('{not json', now)).toBeUndefined();
    expect(readSession(JSON.stringify({ ...session, role: 'root' }), now)).toBeUndefined();
    expect(readSession(JSON.stringify({ ...session, token: 1 }), now)).toBeUndefined();
  });

  it('ranks the roles as the API does: admin > operator > viewer', () => {
    expect(roleAllows('admin', 'operator')).toBe(true);
    expect(roleAllows('operator', 'operator')).toBe(true);
    expect(roleAllows('operator', 'admin')).toBe(false);
    expect(roleAllows('viewer', 'operator')).toBe(false);
    expect(roleAllows('viewer', 'viewer')).toBe(true);
  });
});
