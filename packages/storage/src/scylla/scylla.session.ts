import { type Page, type PageRequest, UnavailableError } from '@freeface/domain';
import type { Client, types } from 'cassandra-driver';
import { checkPageLimit, decodePageToken, encodePageToken } from '../paging.js';

// What the repositories need from cassandra-driver: prepared statements, paging by the driver's
// pageState inside the opaque page token, logged batches and lightweight transactions.

export type Params = unknown[];
export interface Statement {
  query: string;
  params: Params;
}
export type Row = types.Row;

/** How many rows a full read (listByModel, users.list...) fetches per round trip. */
const FETCH_SIZE = 500;

export class CqlSession {
  constructor(readonly client: Client) {}

  /** The first row, or undefined. Reads are safe to retry. */
  async first(query: string, params: Params): Promise<Row | undefined> {
    const result = await this.client.execute(query, params, { prepare: true, isIdempotent: true });
    return result.first() ?? undefined;
  }

  /** Every row, following the driver's pages. For partitions known to stay small. */
  async all(query: string, params: Params): Promise<Row[]> {
    const rows: Row[] = [];
    let pageState: string | undefined;
    do {
      const result = await this.client.execute(query, params, {
        prepare: true,
        isIdempotent: true,
        fetchSize: FETCH_SIZE,
        pageState,
      });
      rows.push(...result.rows);
      pageState = result.pageState ?? undefined;
    } while (pageState);
    return rows;
  }

  /**
   * One page. The driver's pageState travels inside the opaque page token, tagged with `kind` (the
   * query) so a token of one list is refused by another. A server may answer with a short page and
   * more to come (ScyllaDB does past many tombstones): the rest is fetched, asking only for what is
   * missing, so a page is full whenever more remain.
   */
  async page<T>(
    kind: string,
    query: string,
    params: Params,
    page: PageRequest,
    map: (row: Row) => T,
  ): Promise<Page<T>> {
    const limit = checkPageLimit(page.limit);
    let pageState = page.pageToken === undefined ? undefined : decodePageToken(kind, page.pageToken, isPageState);
    const items: T[] = [];
    do {
      const result = await this.client.execute(query, params, {
        prepare: true,
        isIdempotent: true,
        fetchSize: limit - items.length,
        pageState,
      });
      items.push(...result.rows.map(map));
      pageState = result.pageState ?? undefined;
    } while (pageState && items.length < limit);
    return pageState ? { items, nextPageToken: encodePageToken(kind, pageState) } : { items };
  }

  /** A plain write; idempotent because every value is chosen before the write. */
  async write(query: string, params: Params): Promise<void> {
    await this.client.execute(query, params, { prepare: true, isIdempotent: true });
  }

  /** Several writes to the tables of one record, all or none (logged batch). */
  async batch(statements: Statement[]): Promise<void> {
    if (statements.length === 0) return;
    if (statements.length === 1) return this.write(statements[0]?.query as string, statements[0]?.params ?? []);
    await this.client.batch(statements, { prepare: true, logged: true, isIdempotent: true });
  }

  /** A lightweight transaction (… IF …): whether it applied, and the row it found when it did not. */
  async conditional(query: string, params: Params): Promise<{ applied: boolean; row: Row | undefined }> {
    const result = await this.client.execute(query, params, { prepare: true });
    return { applied: result.wasApplied(), row: result.first() ?? undefined };
  }

  async ping(): Promise<void> {
    try {
      await this.client.execute('SELECT release_version FROM system.local', [], { prepare: true });
    } catch (error) {
      throw new UnavailableError(`ScyllaDB does not answer: ${(error as Error).message}`);
    }
  }
}

/** the driver hands pageState out as hex */
const isPageState = (value: unknown): value is string => typeof value === 'string' && /^(?:[0-9a-f]{2})+$/.test(value);

/** INSERT INTO table (a, b) VALUES (?, ?) for the columns of a row object. */
export function insertInto(table: string, row: Record<string, unknown>): Statement {
  const columns = Object.keys(row);
  return {
    query: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    params: Object.values(row),
  };
}

/** A column that may be null, as undefined. */
export function opt<T>(row: Row, column: string): T | undefined {
  const value = row.get(column) as T | null;
  return value ?? undefined;
}

/** JSON kept in a text column. */
export const json = {
  write: (value: Record<string, unknown>): string => JSON.stringify(value),
  read: (row: Row, column: string): Record<string, unknown> => {
    const text = opt<string>(row, column);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  },
};

/** base plus those optional fields that have a value: absent fields stay absent, never undefined-valued keys */
export function withOptional<T extends object>(base: T, optional: Partial<T>): T {
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (base as Record<string, unknown>)[key] = value;
  }
  return base;
}
