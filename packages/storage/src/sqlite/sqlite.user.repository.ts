import { ConflictError, type User } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import type { UserRepository } from '../ports/metadata.port.js';
import { date, isUniqueViolation, ms } from './sqlite.rows.js';

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: User['role'];
  created_at: number;
}

const COLUMNS = 'id, username, password_hash, role, created_at';

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  passwordHash: row.password_hash,
  role: row.role,
  createdAt: date(row.created_at),
});

export class SqliteUserRepository implements UserRepository {
  private readonly insert;
  private readonly byId;
  private readonly byUsername;
  private readonly all;
  private readonly remove;

  constructor(db: Database) {
    this.insert = db.prepare<UserRow>(
      `INSERT INTO users (${COLUMNS}) VALUES (@id, @username, @password_hash, @role, @created_at)`,
    );
    this.byId = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    this.byUsername = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE username = ?`);
    this.all = db.prepare<[], UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY username`);
    this.remove = db.prepare<[string]>('DELETE FROM users WHERE id = ?');
  }

  /** ConflictError when the username (or the id) is taken. */
  async create(user: User): Promise<void> {
    try {
      this.insert.run({
        id: user.id,
        username: user.username,
        password_hash: user.passwordHash,
        role: user.role,
        created_at: ms(user.createdAt),
      });
    } catch (error) {
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
    const row = this.byUsername.get(username);
    return row && toUser(row);
  }

  async list(): Promise<User[]> {
    return this.all.all().map(toUser);
  }

  async delete(id: string): Promise<void> {
    this.remove.run(id);
  }
}
