import { ConflictError, type User } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import { type UserRepository, usernameKey } from '../ports/metadata.port.js';
import { date, isUniqueViolation, ms } from './sqlite.rows.js';

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: User['role'];
  created_at: number;
  tokens_valid_after: number | null;
}

const COLUMNS = 'id, username, password_hash, role, created_at, tokens_valid_after';

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  passwordHash: row.password_hash,
  role: row.role,
  createdAt: date(row.created_at),
  ...(row.tokens_valid_after === null ? {} : { tokensValidAfter: date(row.tokens_valid_after) }),
});

export class SqliteUserRepository implements UserRepository {
  private readonly insert;
  private readonly byId;
  private readonly byUsername;
  private readonly all;
  private readonly remove;
  private readonly change;
  private readonly createOnce;

  constructor(db: Database) {
    this.insert = db.prepare<UserRow & { username_key: string }>(
      `INSERT INTO users (${COLUMNS}, username_key)
       VALUES (@id, @username, @password_hash, @role, @created_at, @tokens_valid_after, @username_key)`,
    );
    this.byId = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    this.byUsername = db.prepare<[string, string], UserRow>(
      `SELECT ${COLUMNS} FROM users WHERE username_key = ? ORDER BY username = ? DESC, created_at, id LIMIT 1`,
    );
    this.change = db.prepare<{ id: string; password_hash: string; role: string; tokens_valid_after: number | null }>(
      `UPDATE users SET password_hash = @password_hash, role = @role, tokens_valid_after = @tokens_valid_after
       WHERE id = @id`,
    );
    // the check and the insert in one transaction: no other writer comes between them
    this.createOnce = db.transaction((row: UserRow & { username_key: string }) => {
      if (this.byUsername.get(row.username_key, row.username))
        throw new ConflictError(`username ${row.username} is taken`, { username: row.username });
      this.insert.run(row);
    });
    this.all = db.prepare<[], UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY username`);
    this.remove = db.prepare<[string]>('DELETE FROM users WHERE id = ?');
  }

  /** ConflictError when the username (or the id) is taken. */
  async create(user: User): Promise<void> {
    try {
      this.createOnce.immediate({
        id: user.id,
        username: user.username,
        username_key: usernameKey(user.username),
        password_hash: user.passwordHash,
        role: user.role,
        created_at: ms(user.createdAt),
        tokens_valid_after: user.tokensValidAfter === undefined ? null : ms(user.tokensValidAfter),
      });
    } catch (error) {
      if (error instanceof ConflictError) throw error;
      if (isUniqueViolation(error, 'users.username'))
        throw new ConflictError(`username ${user.username} is taken`, { username: user.username });
      if (isUniqueViolation(error)) throw new ConflictError(`user ${user.id} exists`, { id: user.id });
      throw error;
    }
  }

  async get(id: string): Promise<User | undefined> {
    const row = this.byId.get(id);
    return row && toUser(row);
  }

  async getByUsername(username: string): Promise<User | undefined> {
    const row = this.byUsername.get(usernameKey(username), username);
    return row && toUser(row);
  }

  async update(user: User): Promise<void> {
    this.change.run({
      id: user.id,
      password_hash: user.passwordHash,
      role: user.role,
      tokens_valid_after: user.tokensValidAfter === undefined ? null : ms(user.tokensValidAfter),
    });
  }

  async list(): Promise<User[]> {
    return this.all.all().map(toUser);
  }

  async delete(id: string): Promise<void> {
    this.remove.run(id);
  }
}
