import { ConflictError, type User } from '@freeface/domain';
import { type UserRepository, usernameKey } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, type Row } from './scylla.session.js';
import { UniqueClaim } from './scylla.unique-claim.js';

// users holds the record; users_by_username says who holds a username (see UniqueClaim), under its
// lower-case form: usernames ignore case. Claims written before that are under the username as spelled; they
// stay readable (looked up as spelled when the lower-case claim is missing), and a new username is checked
// against every user, so that it cannot differ from an old one only in case.
// list() reads the whole users table: there are a handful of users, not millions.

const COLUMNS = 'id, username, password_hash, role, created_at, tokens_valid_after';
const Q = {
  get: `SELECT ${COLUMNS} FROM users WHERE id = ?`,
  list: `SELECT ${COLUMNS} FROM users`,
  delete: 'DELETE FROM users WHERE id = ?',
  update: 'UPDATE users SET password_hash = ?, role = ?, tokens_valid_after = ? WHERE id = ? IF EXISTS',
};

const toUser = (row: Row): User => ({
  id: row.get('id'),
  username: row.get('username'),
  passwordHash: row.get('password_hash'),
  role: row.get('role'),
  createdAt: row.get('created_at'),
  ...(row.get('tokens_valid_after') ? { tokensValidAfter: row.get('tokens_valid_after') } : {}),
});

export class ScyllaUserRepository implements UserRepository {
  private readonly usernames: UniqueClaim;

  constructor(private readonly session: CqlSession) {
    this.usernames = new UniqueClaim(
      session,
      { table: 'users_by_username', key: 'username', owner: 'user_id' },
      async (userId, key) => {
        const holder = (await this.get(userId))?.username;
        return holder !== undefined && (holder === key || usernameKey(holder) === key);
      },
    );
  }

  async create(user: User): Promise<void> {
    const key = usernameKey(user.username);
    const taken = () => new ConflictError(`username ${user.username} is taken`, { username: user.username });
    const clash = (await this.list()).some((u) => u.id !== user.id && usernameKey(u.username) === key);
    if (clash || !(await this.usernames.claim(key, user.id))) throw taken();
    const { query, params } = insertInto('users', {
      id: user.id,
      username: user.username,
      password_hash: user.passwordHash,
      role: user.role,
      created_at: user.createdAt,
      tokens_valid_after: user.tokensValidAfter ?? null,
    });
    await this.session.write(query, params);
  }

  async update(user: User): Promise<void> {
    await this.session.conditional(Q.update, [user.passwordHash, user.role, user.tokensValidAfter ?? null, user.id]);
  }

  async get(id: string): Promise<User | undefined> {
    const row = await this.session.first(Q.get, [id]);
    return row && toUser(row);
  }

  async getByUsername(username: string): Promise<User | undefined> {
    const key = usernameKey(username);
    // an old claim spelled exactly so first (two old users may differ only in case), then the lower-case one
    for (const claimed of username === key ? [key] : [username, key]) {
      const userId = await this.usernames.ownerOf(claimed);
      const user = userId === undefined ? undefined : await this.get(userId);
      if (user && usernameKey(user.username) === key) return user;
    }
    return undefined;
  }

  async list(): Promise<User[]> {
    return (await this.session.all(Q.list, [])).map(toUser);
  }

  async delete(id: string): Promise<void> {
    const old = await this.get(id);
    if (!old) return;
    await this.session.write(Q.delete, [id]);
    await this.usernames.release(usernameKey(old.username), id);
    if (old.username !== usernameKey(old.username)) await this.usernames.release(old.username, id);
  }
}
