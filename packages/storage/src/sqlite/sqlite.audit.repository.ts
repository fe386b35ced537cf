import type { AuditEntry, Page } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import { checkPageLimit, decodePageToken, isTimeAndKey, keysetPage } from '../paging.js';
import type { AuditQuery, AuditRepository } from '../ports/metadata.port.js';
import { date, json, ms, nul, opt, parse } from './sqlite.rows.js';

// The audit trail in SQLite: audit_log holds the entries (indexed by time and by actor), audit_persons
// which persons each is about, so "entries about this person" is a range of one index.

interface AuditRow {
  id: string;
  at: number;
  actor_kind: AuditEntry['actor']['kind'];
  actor_id: string;
  actor_name: string;
  action: AuditEntry['action'];
  client_address: string | null;
  person_ids: string;
  status: number;
  request_id: string | null;
}

interface PageParams {
  actorId: string | null;
  personId: string | null;
  from: number;
  to: number;
  afterAt: number;
  afterId: string;
  limit: number;
}

const COLUMNS = 'id, at, actor_kind, actor_id, actor_name, action, client_address, person_ids, status, request_id';
const PAGE_KIND = 'audit';
const EARLIEST = Number.MIN_SAFE_INTEGER;
const LATEST = Number.MAX_SAFE_INTEGER;

const toEntry = (row: AuditRow): AuditEntry => {
  const entry: AuditEntry = {
    id: row.id,
    at: date(row.at),
    actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
    action: row.action,
    personIds: parse(row.person_ids),
    status: row.status,
  };
  const clientAddress = opt(row.client_address);
  const requestId = opt(row.request_id);
  if (clientAddress !== undefined) entry.clientAddress = clientAddress;
  if (requestId !== undefined) entry.requestId = requestId;
  return entry;
};

export class SqliteAuditRepository implements AuditRepository {
  private readonly write;
  private readonly pages;

  constructor(db: Database) {
    const insert = db.prepare<AuditRow>(
      `INSERT OR IGNORE INTO audit_log (${COLUMNS}) VALUES (@id, @at, @actor_kind, @actor_id, @actor_name, @action,
       @client_address, @person_ids, @status, @request_id)`,
    );
    const about = db.prepare<[string, number, string]>(
      'INSERT OR IGNORE INTO audit_persons (person_id, at, entry_id) VALUES (?, ?, ?)',
    );
    this.write = db.transaction((row: AuditRow, personIds: string[]) => {
      insert.run(row);
      for (const personId of new Set(personIds)) about.run(personId, row.at, row.id);
    });
    // newest first; the cursor is the (at, id) of the last entry of the previous page. One statement per
    // filter, each walking its own index: by person (audit_persons), by actor, or by time alone.
    const L = COLUMNS.replace(/(\w+)/g, 'l.$1');
    const window = 'AND l.at >= @from AND l.at < @to AND (l.at, l.id) < (@afterAt, @afterId)';
    const order = 'ORDER BY l.at DESC, l.id DESC LIMIT @limit';
    this.pages = {
      person: db.prepare<PageParams, AuditRow>(
        `SELECT ${L} FROM audit_persons p JOIN audit_log l ON l.id = p.entry_id AND l.at = p.at
         WHERE p.person_id = @personId AND (@actorId IS NULL OR l.actor_id = @actorId) ${window} ${order}`,
      ),
      actor: db.prepare<PageParams, AuditRow>(
        `SELECT ${L} FROM audit_log l WHERE l.actor_id = @actorId ${window} ${order}`,
      ),
      all: db.prepare<PageParams, AuditRow>(`SELECT ${L} FROM audit_log l WHERE 1 = 1 ${window} ${order}`),
    };
  }

  async add(entry: AuditEntry): Promise<void> {
    this.write(
      {
        id: entry.id,
        at: ms(entry.at),
        actor_kind: entry.actor.kind,
        actor_id: entry.actor.id,
        actor_name: entry.actor.name,
        action: entry.action,
        client_address: nul(entry.clientAddress),
        person_ids: json(entry.personIds),
        status: entry.status,
        request_id: nul(entry.requestId),
      },
      entry.personIds,
    );
  }

  async list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const limit = checkPageLimit(query.limit);
    const [afterAt, afterId] =
      query.pageToken === undefined ? [LATEST, ''] : decodePageToken(PAGE_KIND, query.pageToken, isTimeAndKey);
    const statement = query.personId ? this.pages.person : query.actorId ? this.pages.actor : this.pages.all;
    const rows = statement.all({
      actorId: query.actorId ?? null,
      personId: query.personId ?? null,
      from: query.from ? ms(query.from) : EARLIEST,
      to: query.to ? ms(query.to) : LATEST,
      afterAt,
      afterId,
      limit: limit + 1,
    });
    return keysetPage(rows, limit, PAGE_KIND, (row) => [row.at, row.id], toEntry);
  }
}
