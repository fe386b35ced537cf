// Access tokens: JWT, HS256, signed with auth.jwtSecret, living auth.tokenTtlSeconds.
import type { Config } from '@freeface/config';
import { UnauthenticatedError } from '@freeface/domain';
import { createSigner, createVerifier } from 'fast-jwt';

/** What a token says: whose it is (sub: the user id). The role is read from the user at each request. */
export interface TokenClaims {
  sub: string;
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

  constructor(auth: Config['auth']) {
    if (!auth.jwtSecret) {
      throw new Error('auth.jwtSecret is not set: wire the config through withJwtSecret() at start');
    }
    this.ttlSeconds = auth.tokenTtlSeconds;
    this.sign = createSigner({ key: auth.jwtSecret, algorithm: 'HS256', expiresIn: this.ttlSeconds * 1000 });
    this.verify = createVerifier({ key: auth.jwtSecret, algorithms: ['HS256'], requiredClaims: ['sub', 'exp'] });
  }

  issue(userId: string): IssuedToken {
    return { accessToken: this.sign({ sub: userId }), expiresIn: this.ttlSeconds };
  }

  /** the claims of a token this server signed and that has not expired; UnauthenticatedError otherwise */
  claimsOf(token: string): TokenClaims {
    let claims: unknown;
    try {
      claims = this.verify(token);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      throw new UnauthenticatedError(MESSAGES[code] ?? 'the access token is malformed');
    }
    const sub = (claims as { sub?: unknown }).sub;
    if (typeof sub !== 'string' || sub === '') throw new UnauthenticatedError('the access token is malformed');
    return { sub };
  }
}
