import { UnauthenticatedError } from '@freeface/domain';
import type { AppDeps } from '../app-deps.js';
import { hashApiKey } from '../auth/api-key-secret.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import type { Principal } from '../auth/principal.js';
import { type IssuedToken, TokenService } from '../auth/tokens.js';

/** The credentials a request may carry. */
export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

const WRONG_LOGIN = 'wrong username or password';
const BEARER = /^Bearer\s+(\S+)\s*$/i;

// An unknown username still costs one scrypt, so the answer's timing does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;
const timingDecoy = () => {
  dummyHash ??= hashPassword('not a password of anyone');
  return dummyHash;
};

/** Logs users in, and tells who a request comes from. */
export class AuthService {
  private readonly tokens: TokenService;
  private readonly metadata: AppDeps['storage']['metadata'];

  constructor({ config, storage }: Pick<AppDeps, 'config' | 'storage'>) {
    this.tokens = new TokenService(config.auth);
    this.metadata = storage.metadata;
  }

  /** an access token for the user; UnauthenticatedError, the same for an unknown user and a wrong password */
  async login(username: string, password: string): Promise<IssuedToken> {
    const user = await this.metadata.users.getByUsername(username);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await timingDecoy()));
    if (!user || !matches) throw new UnauthenticatedError(WRONG_LOGIN);
    return this.tokens.issue(user.id);
  }

  /** a token for a user the caller already holds (after changing their password) */
  tokenFor(userId: string): IssuedToken {
    return this.tokens.issue(userId);
  }

  /** who sent the credentials; undefined when none came; UnauthenticatedError when they are not valid */
  async principalOf({ authorization, apiKey }: Credentials): Promise<Principal | undefined> {
    if (authorization !== undefined) return this.userOf(authorization);
    if (apiKey !== undefined) return this.keyOf(apiKey);
    return undefined;
  }

  private async userOf(authorization: string): Promise<Principal> {
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw new UnauthenticatedError('the Authorization header must be "Bearer <access token>"');
    const { sub, issuedAtMs } = this.tokens.claimsOf(token);
    // read on every request (no cache): a password change ends the tokens issued before at once
    const user = await this.metadata.users.get(sub);
    if (!user) throw new UnauthenticatedError('the user of this access token no longer exists');
    if (user.tokensValidAfter && issuedAtMs < user.tokensValidAfter.getTime())
      throw new UnauthenticatedError('the access token was issued before the password changed; log in again');
    return { kind: 'user', id: user.id, role: user.role, name: user.username };
  }

  private async keyOf(apiKey: string): Promise<Principal> {
    const key = apiKey ? await this.metadata.apiKeys.getByHash(hashApiKey(apiKey)) : undefined;
    if (!key || key.revoked) throw new UnauthenticatedError('the API key is unknown or revoked');
    return { kind: 'key', id: key.id, role: key.role, name: key.name };
  }
}
