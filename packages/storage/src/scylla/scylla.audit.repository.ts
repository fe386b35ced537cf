import type { AuditEntry, Page } from '@freeface/domain';
import { checkPageLimit, decodePageToken, encodePageToken } from '../paging.js';
import type { AuditQuery, AuditRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, opt, type Row, type Statement } from './scylla.session.js';

// The audit trail on ScyllaDB, a table per query: audit_by_day (every entry), audit_by_actor and
// audit_by_person, each partitioned by UTC day too, newest first within. A page walks the days that have
// entries (audit_days) from the newest in the window down, slicing one partition at a time; its token
// holds the day it stopped in and the driver's pageState there. With both an actor and a person, the
// person's partitions are read and the actor's entries kept.

const DAY_MS = 86_400_000;
const PARALLEL_WRITES = 16;
const KIND = 'scylla.audit';
const EARLIEST = new Date(0);
const LATEST = new Date('9999-12-31T00:00:00Z');
const FIELDS = 'at, id, actor_kind, actor_id, actor_name, action, client_address, person_ids, status, request_id';

const dayOf = (at: Date): string => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

interface Cursor {
  /** the day to go on with */
  d: string;
  /** the driver's pageState inside that day, or null: from its start */
  s: string | null;
}
const isCursor = (value: unknown): value is Cursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Cursor).d === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test((value as Cursor).d) &&
  ((value as Cursor).s === null || /^(?:[0-9a-f]{2})+$/.test(String((value as Cursor).s)));

function toEntry(row: Row): AuditEntry {
  const entry: AuditEntry = {
    id: row.get('id'),
    at: row.get('at'),
    actor: { kind: row.get('actor_kind'), id: row.get('actor_id'), name: row.get('actor_name') },
    action: row.get('action'),
    personIds: opt<string[]>(row, 'person_ids') ?? [],
    status: row.get('status'),
  };
  const clientAddress = opt<string>(row, 'client_address');
  const requestId = opt<string>(row, 'request_id');
  if (clientAddress !== undefined) entry.clientAddress = clientAddress;
  if (requestId !== undefined) entry.requestId = requestId;
  return entry;
}

export class ScyllaAuditRepository implements AuditRepository {
  constructor(private readonly session: CqlSession) {}

  async add(entry: AuditEntry): Promise<void> {
    const day = dayOf(entry.at);
    const row = {
      day,
      at: entry.at,
      id: entry.id,
      actor_kind: entry.actor.kind,
      actor_id: entry.actor.id,
      actor_name: entry.actor.name,
      action: entry.action,
      client_address: entry.clientAddress ?? null,
      person_ids: entry.personIds,
      status: entry.status,
      request_id: entry.requestId ?? null,
    };
    // plain idempotent writes, not a batch: an entry about many persons (a page of persons read) carries their
    // ids in every row, past the servers' batch size limit. The rows per person first, the entry last: a write
    // cut short leaves the entry unlisted, and its retry (same id) writes it whole
    const persons = [...new Set(entry.personIds)];
    for (let i = 0; i < persons.length; i += PARALLEL_WRITES) {
      await Promise.all(
        persons.slice(i, i + PARALLEL_WRITES).map((personId) => {
          const { query, params } = insertInto('audit_by_person', { person_id: personId, ...row });
          return this.session.write(query, params);
        }),
      );
    }
    const statements: Statement[] = [
      insertInto('audit_by_actor', row),
      insertInto('audit_by_day', row),
      { query: 'INSERT INTO audit_days (bucket, day) VALUES (0, ?)', params: [day] },
    ];
    for (const { query, params } of statements) await this.session.write(query, params);
  }

  async list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const limit = checkPageLimit(query.limit);
    const cursor = query.pageToken === undefined ? undefined : decodePageToken(KIND, query.pageToken, isCursor);
    const from = query.from ?? EARLIEST;
    const to = query.to ?? LATEST;
    const [where, key]: [string, string[]] = query.personId
      ? ['audit_by_person WHERE person_id = ? AND', [query.personId]]
      : query.actorId
        ? ['audit_by_actor WHERE actor_id = ? AND', [query.actorId]]
        : ['audit_by_day WHERE', []];
    const keep = (entry: AuditEntry) => !query.personId || !query.actorId || entry.actor.id === query.actorId;
    const select = `SELECT ${FIELDS} FROM ${where} day = ? AND at >= ? AND at < ?`;
    // the last day a "to" reaches is that of the millisecond before it
    const lastDay = cursor?.d ?? dayOf(new Date(Math.min(to.getTime(), LATEST.getTime()) - 1));
    const days = (
      await this.session.all('SELECT day FROM audit_days WHERE bucket = 0 AND day >= ? AND day <= ?', [
        dayOf(from),
        lastDay,
      ])
    ).map((row) => row.get('day') as string);

    const items: AuditEntry[] = [];
    for (const [i, day] of days.entries()) {
      let pageState = i === 0 && cursor?.d === day ? (cursor.s ?? undefined) : undefined;
      do {
        const result = await this.session.client.execute(select, [...key, day, from, to], {
          prepare: true,
          isIdempotent: true,
          fetchSize: limit - items.length,
          pageState,
        });
        items.push(...result.rows.map(toEntry).filter(keep));
        pageState = result.pageState ?? undefined;
        if (items.length >= limit) {
          const next = days[i + 1];
          if (pageState) return { items, nextPageToken: encodePageToken(KIND, { d: day, s: pageState }) };
          return next === undefined ? { items } : { items, nextPageToken: encodePageToken(KIND, { d: next, s: null }) };
        }
      } while (pageState);
    }
    return { items };
  }
}
