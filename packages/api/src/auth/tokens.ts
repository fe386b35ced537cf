// Access tokens: JWT, HS256, signed with auth.jwtSecret, living auth.tokenTtlSeconds.
import type { Config } from '@freeface/config';
import { UnauthenticatedError } from '@freeface/domain';
import { createSigner, createVerifier } from 'fast-jwt';

/** What a token says: whose it is (sub: the user id). The role is read from the user at each request. */
export interface TokenClaims {
  sub: string;
  /** when the token was issued, in epoch milliseconds (iat_ms; iat in seconds for tokens without it) */
  issuedAtMs: number;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

const MESSAGES: Record<string, string> = {
  FAST_JWT_EXPIRED: 'the access token has expired; log in again',
  FAST_JWT_INACTIVE: 'the access token is not valid yet',
  FAST_JWT_INVALID_SIGNATURE: 'the access token is not one this server signed',
};

export class TokenService {
  private readonly sign;
  private readonly verify;
  readonly ttlSeconds: number;
  private readonly skewMs: number;

  constructor(
    auth: Config['auth'],
    // read through Date each time (not a captured Date.now), so it is the same clock the JWT library signs with
    private readonly now: () => number = () => Date.now(),
  ) {
    if (!auth.jwtSecret) {
      throw new Error('auth.jwtSecret is not set: wire the config through withJwtSecret() at start');
    }
    this.ttlSeconds = auth.tokenTtlSeconds;
    this.skewMs = auth.tokenClockSkewSeconds * 1000;
    this.sign = createSigner({ key: auth.jwtSecret, algorithm: 'HS256', expiresIn: this.ttlSeconds * 1000 });
    this.verify = createVerifier({ key: auth.jwtSecret, algorithms: ['HS256'], requiredClaims: ['sub', 'exp'] });
  }

  issue(userId: string): IssuedToken {
    // iat is in seconds; iat_ms tells a token issued just before a password change from one just after
    return { accessToken: this.sign({ sub: userId, iat_ms: this.now() }), expiresIn: this.ttlSeconds };
  }

  /**
   * the claims of a token this server signed, that has not expired and whose issue time is not in the future
   * (beyond auth.tokenClockSkewSeconds); UnauthenticatedError otherwise
   */
  claimsOf(token: string): TokenClaims {
    let claims: unknown;
    try {
      claims = this.verify(token);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      throw new UnauthenticatedError(MESSAGES[code] ?? 'the access token is malformed');
    }
    const { sub, iat, iat_ms } = claims as { sub?: unknown; iat?: unknown; iat_ms?: unknown };
    if (typeof sub !== 'string' || sub === '') throw new UnauthenticatedError('the access token is malformed');
    const issuedAtMs = typeof iat_ms === 'number' ? iat_ms : typeof iat === 'number' ? iat * 1000 : undefined;
    if (issuedAtMs === undefined || !Number.isFinite(issuedAtMs))
      throw new UnauthenticatedError('the access token is malformed');
    // a token from the future was not issued by this server's clock: refused, beyond a small skew
    if (issuedAtMs > this.now() + this.skewMs || (typeof iat === 'number' && iat * 1000 > this.now() + this.skewMs))
      throw new UnauthenticatedError('the access token is issued in the future; check the clocks and log in again');
    return { sub, issuedAtMs };
  }
}
