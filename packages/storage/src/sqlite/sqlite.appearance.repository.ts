import type { Appearance, Page } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import { checkPageLimit, decodePageToken, isTimeAndKey, keysetPage } from '../paging.js';
import type { AppearanceQuery, AppearanceRepository } from '../ports/metadata.port.js';
import { date, ms, nul, opt } from './sqlite.rows.js';

interface AppearanceRow {
  person_id: string;
  seen_at: number;
  appearance_id: string;
  image_id: string;
  similarity: number;
  source_id: string | null;
  lat: number | null;
  lon: number | null;
}

interface PageParams {
  personId: string;
  from: number;
  to: number;
  afterAt: number;
  afterAppearance: string;
  limit: number;
}

const COLUMNS = 'person_id, seen_at, appearance_id, image_id, similarity, source_id, lat, lon';
const PAGE_KIND = 'appearances-by-person';
// bounds that let one prepared statement serve every combination of from, to and cursor
const EARLIEST = Number.MIN_SAFE_INTEGER;
const LATEST = Number.MAX_SAFE_INTEGER;

const toAppearance = (row: AppearanceRow): Appearance => ({
  personId: row.person_id,
  seenAt: date(row.seen_at),
  appearanceId: row.appearance_id,
  imageId: row.image_id,
  similarity: row.similarity,
  sourceId: opt(row.source_id),
  location: row.lat === null || row.lon === null ? undefined : { lat: row.lat, lon: row.lon },
});

export class SqliteAppearanceRepository implements AppearanceRepository {
  private readonly insert;
  private readonly page;
  private readonly removeAll;

  constructor(db: Database) {
    // the same appearance added again (a retried message) replaces itself
    this.insert = db.prepare<AppearanceRow>(
      `INSERT OR REPLACE INTO appearances (${COLUMNS})
       VALUES (@person_id, @seen_at, @appearance_id, @image_id, @similarity, @source_id, @lat, @lon)`,
    );
    // newest first; the cursor is the (seen_at, appearance_id) of the last row of the previous page
    this.page = db.prepare<PageParams, AppearanceRow>(
      `SELECT ${COLUMNS} FROM appearances
       WHERE person_id = @personId AND seen_at >= @from AND seen_at < @to AND (seen_at, appearance_id) < (@afterAt, @afterAppearance)
       ORDER BY seen_at DESC, appearance_id DESC LIMIT @limit`,
    );
    this.removeAll = db.prepare<[string]>('DELETE FROM appearances WHERE person_id = ?');
  }

  async add(a: Appearance): Promise<void> {
    this.insert.run({
      person_id: a.personId,
      seen_at: ms(a.seenAt),
      appearance_id: a.appearanceId,
      image_id: a.imageId,
      similarity: a.similarity,
      source_id: nul(a.sourceId),
      lat: a.location ? a.location.lat : null,
      lon: a.location ? a.location.lon : null,
    });
  }

  async listByPerson(personId: string, query: AppearanceQuery): Promise<Page<Appearance>> {
    const limit = checkPageLimit(query.limit);
    const [afterAt, afterAppearance] =
      query.pageToken === undefined ? [LATEST, ''] : decodePageToken(PAGE_KIND, query.pageToken, isTimeAndKey);
    const rows = this.page.all({
      personId,
      from: query.from ? ms(query.from) : EARLIEST,
      to: query.to ? ms(query.to) : LATEST,
      afterAt,
      afterAppearance,
      limit: limit + 1,
    });
    return keysetPage(rows, limit, PAGE_KIND, (row) => [row.seen_at, row.appearance_id], toAppearance);
  }

  async deleteByPerson(personId: string): Promise<void> {
    this.removeAll.run(personId);
  }
}
