import {
  ConflictError,
  type Page,
  type PageRequest,
  type Person,
  type PersonOrder,
  personNameKey,
} from '@freeface/domain';
import type { PersonRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, json, opt, type Row, type Statement, withOptional } from './scylla.session.js';
import { UniqueClaim } from './scylla.unique-claim.js';

// persons holds the record; persons_by_external_id says who holds an external id (see UniqueClaim);
// persons_by_created and persons_by_name are the two orders of the list (one partition each, bucket 0).

const COLUMNS = 'id, external_id, name, metadata, created_at, updated_at';
const Q = {
  get: `SELECT ${COLUMNS} FROM persons WHERE id = ?`,
  delete: 'DELETE FROM persons WHERE id = ?',
  newest: 'SELECT person_id FROM persons_by_created WHERE bucket = 0',
  byName: 'SELECT person_id FROM persons_by_name WHERE bucket = 0',
  addCreated: 'INSERT INTO persons_by_created (bucket, created_at, person_id) VALUES (0, ?, ?)',
  addName: 'INSERT INTO persons_by_name (bucket, name_key, person_id) VALUES (0, ?, ?)',
  removeCreated: 'DELETE FROM persons_by_created WHERE bucket = 0 AND created_at = ? AND person_id = ?',
  removeName: 'DELETE FROM persons_by_name WHERE bucket = 0 AND name_key = ? AND person_id = ?',
};
/** parallel lookups of getByExternalIds */
const LOOKUP_CONCURRENCY = 32;
/** parallel reads of the persons of a page */
const PAGE_CONCURRENCY = 32;

/** the writes that put a person in both orders, and those that take it out of them */
const orderRows = (p: Person): Statement[] => [
  { query: Q.addCreated, params: [p.createdAt, p.id] },
  { query: Q.addName, params: [personNameKey(p.name), p.id] },
];
const withoutCreatedRow = (p: Person): Statement => ({ query: Q.removeCreated, params: [p.createdAt, p.id] });
const withoutNameRow = (p: Person): Statement => ({ query: Q.removeName, params: [personNameKey(p.name), p.id] });

const toRow = (p: Person) => ({
  id: p.id,
  external_id: p.externalId ?? null,
  name: p.name ?? null,
  metadata: json.write(p.metadata),
  created_at: p.createdAt,
  updated_at: p.updatedAt,
});

const toPerson = (row: Row): Person =>
  withOptional<Person>(
    {
      id: row.get('id'),
      metadata: json.read(row, 'metadata'),
      createdAt: row.get('created_at'),
      updatedAt: row.get('updated_at'),
    },
    { externalId: opt(row, 'external_id'), name: opt(row, 'name') },
  );

export class ScyllaPersonRepository implements PersonRepository {
  private readonly externalIds: UniqueClaim;

  constructor(private readonly session: CqlSession) {
    this.externalIds = new UniqueClaim(
      session,
      { table: 'persons_by_external_id', key: 'external_id', owner: 'person_id' },
      async (personId, externalId) => (await this.get(personId))?.externalId === externalId,
    );
  }

  async create(person: Person): Promise<void> {
    if (person.externalId !== undefined) await this.claim(person.externalId, person.id);
    const insert = insertInto('persons', toRow(person));
    await this.session.batch([{ query: insert.query, params: insert.params }, ...orderRows(person)]);
  }

  async get(id: string): Promise<Person | undefined> {
    const row = await this.session.first(Q.get, [id]);
    return row && toPerson(row);
  }

  async getByExternalId(externalId: string): Promise<Person | undefined> {
    const personId = await this.externalIds.ownerOf(externalId);
    if (personId === undefined) return undefined;
    const person = await this.get(personId);
    // a claim whose person is gone or moved on (a writer died half-way) answers nothing
    return person?.externalId === externalId ? person : undefined;
  }

  async getByExternalIds(externalIds: string[]): Promise<Person[]> {
    const unique = [...new Set(externalIds)];
    const found: Person[] = [];
    for (let i = 0; i < unique.length; i += LOOKUP_CONCURRENCY) {
      const chunk = unique.slice(i, i + LOOKUP_CONCURRENCY);
      const persons = await Promise.all(chunk.map((externalId) => this.getByExternalId(externalId)));
      for (const person of persons) if (person) found.push(person);
    }
    return found;
  }

  /** like the SQLite store, an update of an unknown id stores the person */
  async update(person: Person): Promise<void> {
    const old = await this.get(person.id);
    const moved = old?.externalId !== person.externalId;
    if (moved && person.externalId !== undefined) await this.claim(person.externalId, person.id);
    const insert = insertInto('persons', toRow(person));
    // only the order rows whose key changed go: a delete and an insert of one row in one batch, the delete wins
    const reordered: Statement[] = [];
    if (old && old.createdAt.getTime() !== person.createdAt.getTime()) reordered.push(withoutCreatedRow(old));
    if (old && personNameKey(old.name) !== personNameKey(person.name)) reordered.push(withoutNameRow(old));
    await this.session.batch([{ query: insert.query, params: insert.params }, ...reordered, ...orderRows(person)]);
    if (moved && old?.externalId !== undefined) await this.externalIds.release(old.externalId, person.id);
  }

  async delete(id: string): Promise<void> {
    const old = await this.get(id);
    if (!old) return;
    await this.session.batch([{ query: Q.delete, params: [id] }, withoutCreatedRow(old), withoutNameRow(old)]);
    if (old.externalId !== undefined) await this.externalIds.release(old.externalId, id);
  }

  /** a page of ids in the order's table, then their persons (one gone in between is left out) */
  async list({ order = 'newest', ...page }: PageRequest & { order?: PersonOrder }): Promise<Page<Person>> {
    const ids = await this.session.page(
      `scylla.persons.${order}`,
      order === 'name' ? Q.byName : Q.newest,
      [],
      page,
      (row) => row.get('person_id') as string,
    );
    const persons: Person[] = [];
    for (let i = 0; i < ids.items.length; i += PAGE_CONCURRENCY) {
      const found = await Promise.all(ids.items.slice(i, i + PAGE_CONCURRENCY).map((id) => this.get(id)));
      for (const person of found) if (person) persons.push(person);
    }
    return ids.nextPageToken === undefined ? { items: persons } : { items: persons, nextPageToken: ids.nextPageToken };
  }

  private async claim(externalId: string, personId: string): Promise<void> {
    if (!(await this.externalIds.claim(externalId, personId))) {
      throw new ConflictError(`external id ${externalId} belongs to another person`, { externalId });
    }
  }
}
