import { ConflictError, type Page, type PageRequest, type Person } from '@freeface/domain';
import type { PersonRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, json, opt, type Row, withOptional } from './scylla.session.js';
import { UniqueClaim } from './scylla.unique-claim.js';

// persons holds the record; persons_by_external_id says who holds an external id (see UniqueClaim).

const COLUMNS = 'id, external_id, name, metadata, retention_days, created_at, updated_at';
const Q = {
  get: `SELECT ${COLUMNS} FROM persons WHERE id = ?`,
  list: `SELECT ${COLUMNS} FROM persons`,
  delete: 'DELETE FROM persons WHERE id = ?',
};
/** parallel lookups of getByExternalIds */
const LOOKUP_CONCURRENCY = 32;

const toRow = (p: Person) => ({
  id: p.id,
  external_id: p.externalId ?? null,
  name: p.name ?? null,
  metadata: json.write(p.metadata),
  retention_days: p.retentionDays ?? null,
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
    { externalId: opt(row, 'external_id'), name: opt(row, 'name'), retentionDays: opt(row, 'retention_days') },
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
    await this.session.write(insert.query, insert.params);
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
    await this.session.write(insert.query, insert.params);
    if (moved && old?.externalId !== undefined) await this.externalIds.release(old.externalId, person.id);
  }

  async delete(id: string): Promise<void> {
    const old = await this.get(id);
    if (!old) return;
    await this.session.write(Q.delete, [id]);
    if (old.externalId !== undefined) await this.externalIds.release(old.externalId, id);
  }

  list(page: PageRequest): Promise<Page<Person>> {
    return this.session.page('scylla.persons', Q.list, [], page, toPerson);
  }

  private async claim(externalId: string, personId: string): Promise<void> {
    if (!(await this.externalIds.claim(externalId, personId))) {
      throw new ConflictError(`external id ${externalId} belongs to another person`, { externalId });
    }
  }
}
