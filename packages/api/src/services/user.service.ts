import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, type Role, type User } from '@freeface/domain';
import type { AppDeps } from '../app-deps.js';
import { hashPassword, verifyPassword } from '../auth/password.js';

export interface NewUser {
  username: string;
  password: string;
  role: Role;
}

/** A user as the API shows it: never with the password hash. */
export type PublicUser = Omit<User, 'passwordHash'>;

const shown = ({ passwordHash: _, ...user }: User): PublicUser => user;

/** The users who log in with a password (admins manage them). */
export class UserService {
  private readonly users: AppDeps['storage']['metadata']['users'];

  constructor({ storage }: Pick<AppDeps, 'storage'>) {
    this.users = storage.metadata.users;
  }

  /** ConflictError when the username is taken, in any case: `Ada` and `ada` are one username */
  async create({ username, password, role }: NewUser): Promise<PublicUser> {
    if (await this.users.getByUsername(username))
      throw new ConflictError(`username ${username} is taken`, { username });
    const user: User = {
      id: randomUUID(),
      username,
      passwordHash: await hashPassword(password),
      role,
      createdAt: new Date(),
    };
    await this.users.create(user);
    return shown(user);
  }

  /**
   * A new password for the user of this username (NotFoundError when absent): `freeface users reset-password`,
   * an operator's tool. Like every password change, it ends the access tokens issued before.
   */
  async resetPassword(username: string, password: string): Promise<PublicUser> {
    const user = await this.users.getByUsername(username);
    if (!user) throw new NotFoundError('user', username);
    return this.newPassword(user, password);
  }

  /** An admin sets the password of the user with this id (NotFoundError when absent). */
  async setPassword(id: string, password: string): Promise<PublicUser> {
    const user = await this.users.get(id);
    if (!user) throw new NotFoundError('user', id);
    return this.newPassword(user, password);
  }

  /** A user changes their own password; ForbiddenError when the current one is wrong. */
  async changeOwnPassword(id: string, current: string, password: string): Promise<PublicUser> {
    const user = await this.users.get(id);
    if (!user) throw new NotFoundError('user', id);
    if (!(await verifyPassword(current, user.passwordHash)))
      throw new ForbiddenError('current_password is wrong: the password stays as it was');
    return this.newPassword(user, password);
  }

  /** the new hash, and the tokens issued until now refused from now on */
  private async newPassword(user: User, password: string): Promise<PublicUser> {
    const changed: User = { ...user, passwordHash: await hashPassword(password), tokensValidAfter: new Date() };
    await this.users.update(changed);
    return shown(changed);
  }

  /** NotFoundError when absent */
  async get(id: string): Promise<PublicUser> {
    const user = await this.users.get(id);
    if (!user) throw new NotFoundError('user', id);
    return shown(user);
  }

  async list(): Promise<PublicUser[]> {
    return (await this.users.list()).map(shown);
  }

  /** NotFoundError when absent; ConflictError for the last admin, so that someone can still manage the rest */
  async delete(id: string): Promise<void> {
    const user = await this.users.get(id);
    if (!user) throw new NotFoundError('user', id);
    if (user.role === 'admin') {
      const admins = (await this.users.list()).filter((u) => u.role === 'admin');
      if (admins.length <= 1) throw new ConflictError('the last admin cannot be deleted; make another admin first');
    }
    await this.users.delete(id);
  }
}
