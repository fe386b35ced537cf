import {
  ConflictError,
  type Page,
  type PageRequest,
  type Person,
  type PersonOrder,
  personNameKey,
} from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import { checkPageLimit, decodePageToken, isTimeAndKey, keysetPage } from '../paging.js';
import type { PersonRepository } from '../ports/metadata.port.js';
import { date, json, ms, nul, opt, parse } from './sqlite.rows.js';

interface PersonRow {
  id: string;
  external_id: string | null;
  name: string | null;
  metadata: string;
  created_at: number;
  updated_at: number;
  name_key: string;
}

const COLUMNS = 'id, external_id, name, metadata, created_at, updated_at, name_key';
const PAGE_KIND: Record<PersonOrder, string> = { newest: 'persons-newest', name: 'persons-by-name' };
const isTwoKeys = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';

const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  externalId: opt(row.external_id),
  name: opt(row.name),
  metadata: parse(row.metadata),
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});

const toRow = (p: Person): PersonRow => ({
  id: p.id,
  external_id: nul(p.externalId),
  name: nul(p.name),
  metadata: json(p.metadata ?? {}),
  created_at: ms(p.createdAt),
  updated_at: ms(p.updatedAt),
  name_key: personNameKey(p.name),
});

export class SqlitePersonRepository implements PersonRepository {
  private readonly byId;
  private readonly byExternalId;
  private readonly byExternalIds;
  private readonly ownerOf;
  private readonly upsert;
  private readonly remove;
  private readonly newest;
  private readonly byName;
  private readonly write;

  constructor(db: Database) {
    this.byId = db.prepare<[string], PersonRow>(`SELECT ${COLUMNS} FROM persons WHERE id = ?`);
    this.byExternalId = db.prepare<[string], PersonRow>(`SELECT ${COLUMNS} FROM persons WHERE external_id = ?`);
    this.byExternalIds = db.prepare<[string], PersonRow>(
      `SELECT ${COLUMNS} FROM persons WHERE external_id IN (SELECT value FROM json_each(?))`,
    );
    this.ownerOf = db.prepare<[string], { id: string }>('SELECT id FROM persons WHERE external_id = ?');
    this.upsert = db.prepare<PersonRow>(
      `INSERT INTO persons (${COLUMNS}) VALUES (@id, @external_id, @name, @metadata, @created_at, @updated_at, @name_key)
       ON CONFLICT (id) DO UPDATE SET external_id = excluded.external_id, name = excluded.name,
         metadata = excluded.metadata, created_at = excluded.created_at, updated_at = excluded.updated_at,
         name_key = excluded.name_key`,
    );
    this.remove = db.prepare<[string]>('DELETE FROM persons WHERE id = ?');
    // keyset paging in each order; the cursor is the (sort key, id) of the last row of the previous page
    this.newest = db.prepare<[number, number, string, number], PersonRow>(
      `SELECT ${COLUMNS} FROM persons WHERE created_at < ? OR (created_at = ? AND id > ?)
       ORDER BY created_at DESC, id ASC LIMIT ?`,
    );
    this.byName = db.prepare<[string, string, number], PersonRow>(
      `SELECT ${COLUMNS} FROM persons WHERE (name_key, id) > (?, ?) ORDER BY name_key, id LIMIT ?`,
    );
    // check and write in one transaction: the external id stays with one person
    this.write = db.transaction((person: Person) => {
      if (person.externalId !== undefined) {
        const owner = this.ownerOf.get(person.externalId);
        if (owner && owner.id !== person.id)
          throw new ConflictError(`external id ${person.externalId} belongs to another person`, {
            externalId: person.externalId,
          });
      }
      this.upsert.run(toRow(person));
    });
  }

  /** A retried create (same id) stores the person again; another person's external id is a conflict. */
  async create(person: Person): Promise<void> {
    this.write(person);
  }

  async get(id: string): Promise<Person | undefined> {
    const row = this.byId.get(id);
    return row && toPerson(row);
  }

  async getByExternalId(externalId: string): Promise<Person | undefined> {
    const row = this.byExternalId.get(externalId);
    return row && toPerson(row);
  }

  async getByExternalIds(externalIds: string[]): Promise<Person[]> {
    if (externalIds.length === 0) return [];
    return this.byExternalIds.all(json([...new Set(externalIds)])).map(toPerson);
  }

  async update(person: Person): Promise<void> {
    this.write(person);
  }

  async delete(id: string): Promise<void> {
    this.remove.run(id);
  }

  async list(request: PageRequest & { order?: PersonOrder }): Promise<Page<Person>> {
    const limit = checkPageLimit(request.limit);
    const order = request.order ?? 'newest';
    const kind = PAGE_KIND[order];
    if (order === 'name') {
      const [key, id] =
        request.pageToken === undefined ? ['', ''] : decodePageToken(kind, request.pageToken, isTwoKeys);
      const rows = this.byName.all(key, id, limit + 1);
      return keysetPage(rows, limit, kind, (row) => [row.name_key, row.id], toPerson);
    }
    const [at, id] =
      request.pageToken === undefined
        ? [Number.MAX_SAFE_INTEGER, '']
        : decodePageToken(kind, request.pageToken, isTimeAndKey);
    const rows = this.newest.all(at, at, id, limit + 1);
    return keysetPage(rows, limit, kind, (row) => [row.created_at, row.id], toPerson);
  }
}
