import { describe, expect, it } from 'vitest';
import type { AppliedMigration, MigrationFile, MigrationTarget } from './migration-target.js';
import { Migrator } from './migrator.js';

/** The migrator's logic against a target that keeps its "schema" in memory: statements are table names. */
class MemoryTarget implements MigrationTarget {
  readonly database = 'scylla' as const;
  tables = new Set<string>();
  entries = new Map<number, AppliedMigration>();
  async prepare() {}
  async history() {
    return [...this.entries.values()].sort((a, b) => a.version - b.version);
  }
  async run(statements: unknown[]) {
    for (const s of statements as string[]) {
      if (s.startsWith('fail')) throw new Error(`cannot ${s}`);
      if (s.startsWith('drop ')) this.tables.delete(s.slice(5));
      else this.tables.add(s);
    }
  }
  async record(entry: AppliedMigration) {
    this.entries.set(entry.version, entry);
  }
  async forget(version: number) {
    this.entries.delete(version);
  }
  async listTables() {
    return [...this.tables];
  }
  async truncate() {}
  async erase() {}
  async close() {}
}

const file = (version: number, up: string[], down: string[] = [], checksum = `sum${version}`): MigrationFile => ({
  version,
  name: `m${version}`,
  checksum,
  up,
  down,
});

describe('Migrator', () => {
  it('applies pending migrations in order, records each, and then has nothing pending', async () => {
    const target = new MemoryTarget();
    const files = [file(1, ['persons'], ['drop persons']), file(2, ['faces'], ['drop faces'])];
    const applied = await new Migrator(target, files).up();
    expect(applied.map((f) => f.version)).toEqual([1, 2]);
    expect([...target.tables]).toEqual(['persons', 'faces']);
    const status = await new Migrator(target, files).status();
    expect(status.pending).toEqual([]);
    expect(status.applied.map((a) => [a.version, a.checksum, a.success])).toEqual([
      [1, 'sum1', true],
      [2, 'sum2', true],
    ]);
    expect(await new Migrator(target, files).up()).toEqual([]);
  });

  it('refuses to run when an applied migration file changed, naming it', async () => {
    const target = new MemoryTarget();
    await new Migrator(target, [file(1, ['persons'])]).up();
    const changed = [file(1, ['persons', 'extra'], [], 'other'), file(2, ['faces'])];
    await expect(new Migrator(target, changed).up()).rejects.toThrow(/001_m1 changed after it was applied/);
    expect(target.tables.has('faces')).toBe(false);
  });

  it('records a failed migration, stops the run, and retries it once fixed', async () => {
    const target = new MemoryTarget();
    const broken = [file(1, ['persons']), file(2, ['fail here']), file(3, ['faces'])];
    await expect(new Migrator(target, broken).up()).rejects.toThrow(/002_m2 failed: cannot fail here/);
    expect(target.tables.has('faces')).toBe(false);
    const status = await new Migrator(target, broken).status();
    expect(status.failed.map((f) => [f.version, f.error])).toEqual([[2, 'cannot fail here']]);
    const fixed = [file(1, ['persons']), file(2, ['jobs'], [], 'fixed'), file(3, ['faces'])];
    expect((await new Migrator(target, fixed).up()).map((f) => f.version)).toEqual([2, 3]);
    expect((await new Migrator(target, fixed).status()).failed).toEqual([]);
  });

  it('reverts the last N migrations newest first', async () => {
    const target = new MemoryTarget();
    const files = [file(1, ['a'], ['drop a']), file(2, ['b'], ['drop b']), file(3, ['c'], ['drop c'])];
    const migrator = new Migrator(target, files);
    await migrator.up();
    expect((await migrator.down(2)).map((f) => f.version)).toEqual([3, 2]);
    expect([...target.tables]).toEqual(['a']);
    expect((await migrator.status()).pending.map((f) => f.version)).toEqual([2, 3]);
  });

  it('refuses to revert a migration without a down part', async () => {
    const target = new MemoryTarget();
    const migrator = new Migrator(target, [file(1, ['a'])]);
    await migrator.up();
    await expect(migrator.down(1)).rejects.toThrow(/001_m1 has no down part/);
  });
});
