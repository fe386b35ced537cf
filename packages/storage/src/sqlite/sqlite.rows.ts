// Small conversions shared by the SQLite repositories: SQL NULL to undefined, dates to epoch ms,
// JSON columns, float64 blobs, and unique-constraint errors to ConflictError.

/** SQL NULL (and a missing value) as undefined, the way the domain types spell "absent". */
export const opt = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** undefined as SQL NULL, for binding. */
export const nul = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export const ms = (date: Date): number => date.getTime();
export const date = (epochMs: number): Date => new Date(epochMs);

export const json = (value: unknown): string => JSON.stringify(value);
export const parse = <T>(text: string): T => JSON.parse(text) as T;

export function float64Blob(values: number[]): Buffer {
  const buffer = Buffer.allocUnsafe(values.length * 8);
  for (const [i, value] of values.entries()) buffer.writeDoubleLE(value, i * 8);
  return buffer;
}

export function float64Array(blob: Buffer): number[] {
  return Array.from({ length: blob.length / 8 }, (_, i) => blob.readDoubleLE(i * 8));
}

/** True for a UNIQUE or PRIMARY KEY violation, optionally on one column (e.g. "persons.external_id"). */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  const code = (error as { code?: unknown }).code;
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE' && code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return false;
  return column === undefined || error.message.includes(column);
}
