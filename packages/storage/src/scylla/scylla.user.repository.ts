import { ConflictError, type User } from '@freeface/domain';
import type { UserRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, type Row } from './scylla.session.js';
import { UniqueClaim } from './scylla.unique-claim.js';

// users holds the record; users_by_username says who holds a username (see UniqueClaim).
// list() reads the whole users table: there are a handful of users, not millions.

const COLUMNS = 'id, username, password_hash, role, created_at';
const Q = {
  get: `SELECT ${COLUMNS} FROM users WHERE id = ?`,
  list: `SELECT ${COLUMNS} FROM users`,
  delete: 'DELETE FROM users WHERE id = ?',
};

const toUser = (row: Row): User => ({
  id: row.get('id'),
  username: row.get('username'),
  passwordHash: row.get('password_hash'),
  role: row.get('role'),
  createdAt: row.get('created_at'),
});

export class ScyllaUserRepository implements UserRepository {
  private readonly usernames: UniqueClaim;

  constructor(private readonly session: CqlSession) {
    this.usernames = new UniqueClaim(
      session,
      { table: 'users_by_username', key: 'username', owner: 'user_id' },
      async (userId, username) => (await this.get(userId))?.username === username,
    );
  }

  async create(user: User): Promise<void> {
    if (!(await this.usernames.claim(user.username, user.id))) {
      throw new ConflictError(`username ${user.username} is taken`, { username: user.username });
    }
    const { query, params } = insertInto('users', {
      id: user.id,
      username: user.username,
      password_hash: user.passwordHash,
      role: user.role,
      created_at: user.createdAt,
    });
    await this.session.write(query, params);
  }

  async get(id: string): Promise<User | undefined> {
    const row = await this.session.first(Q.get, [id]);
    return row && toUser(row);
  }

  async getByUsername(username: string): Promise<User | undefined> {
    const userId = await this.usernames.ownerOf(username);
    const user = userId === undefined ? undefined : await this.get(userId);
    return user?.username === username ? user : undefined;
  }

  async list(): Promise<User[]> {
    return (await this.session.all(Q.list, [])).map(toUser);
  }

  async delete(id: string): Promise<void> {
    const old = await this.get(id);
    if (!old) return;
    await this.session.write(Q.delete, [id]);
    await this.usernames.release(old.username, id);
  }
}
