import type { CqlSession } from './scylla.session.js';

// A unique key (an external id, a username) owned by one record, kept in a table keyed by it and
// claimed with a lightweight transaction, so of two concurrent writers exactly one wins.
// The claim is written before the record and released after the record is gone. A writer that dies
// in between leaves a claim whose owner does not hold the key: after GRACE_MS (longer than any
// write takes) another record may take it over, again through a lightweight transaction.

const GRACE_MS = 60_000;

export interface ClaimTable {
  table: string;
  key: string;
  owner: string;
}

export class UniqueClaim {
  private readonly q: { insert: string; select: string; takeOver: string; release: string };
  private readonly ownerColumn: string;

  constructor(
    private readonly session: CqlSession,
    { table, key, owner }: ClaimTable,
    /** whether the record `ownerId` exists and holds `key` */
    private readonly holds: (ownerId: string, key: string) => Promise<boolean>,
    private readonly now: () => number = Date.now,
  ) {
    this.q = {
      insert: `INSERT INTO ${table} (${key}, ${owner}, claimed_at) VALUES (?, ?, ?) IF NOT EXISTS`,
      select: `SELECT ${owner} FROM ${table} WHERE ${key} = ?`,
      takeOver: `UPDATE ${table} SET ${owner} = ?, claimed_at = ? WHERE ${key} = ? IF ${owner} = ?`,
      release: `DELETE FROM ${table} WHERE ${key} = ? IF ${owner} = ?`,
    };
    this.ownerColumn = owner;
  }

  /** true when `ownerId` holds `key` afterwards (a retried claim by the same owner succeeds) */
  async claim(key: string, ownerId: string): Promise<boolean> {
    const first = await this.session.conditional(this.q.insert, [key, ownerId, new Date(this.now())]);
    if (first.applied) return true;
    const holder = first.row?.get(this.ownerColumn) as string | null | undefined;
    if (holder === ownerId) return true;
    if (!holder) return false; // changed hands meanwhile: the caller reports a conflict
    // a recent claim may be a write still under way; an old one counts only if its owner holds the key
    const claimedAt = first.row?.get('claimed_at') as Date | null | undefined;
    const fresh = claimedAt ? this.now() - claimedAt.getTime() < GRACE_MS : false;
    if (fresh || (await this.holds(holder, key))) return false;
    const takeOver = await this.session.conditional(this.q.takeOver, [ownerId, new Date(this.now()), key, holder]);
    return takeOver.applied;
  }

  /** the owner the table names; the caller checks the record still holds the key */
  async ownerOf(key: string): Promise<string | undefined> {
    const row = await this.session.first(this.q.select, [key]);
    return (row?.get(this.ownerColumn) as string | null) ?? undefined;
  }

  /** gives the key up, only if `ownerId` still holds it */
  async release(key: string, ownerId: string): Promise<void> {
    await this.session.conditional(this.q.release, [key, ownerId]);
  }
}
