import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from '@freeface/domain';
import { type MigrationFile, type MigrationTarget, Migrator, migrationLabel, readMigrations } from '@freeface/storage';
import type { Command, Database } from './migrate-args.js';

export interface CommandContext {
  /** folder holding scylla/ and milvus/ */
  dir: string;
  open(database: Database): Promise<MigrationTarget>;
  print(line: string): void;
}

/** Runs one migrate command; returns the exit code. */
export async function runCommand(command: Command, ctx: CommandContext): Promise<number> {
  switch (command.kind) {
    case 'up':
      for (const database of command.databases) {
        await withMigrator(ctx, database, async (migrator) => {
          const applied = await migrator.up();
          if (applied.length === 0) ctx.print(`${database}: nothing to apply`);
        });
      }
      return 0;
    case 'status':
      return status(command.databases, ctx);
    case 'down':
      await withMigrator(ctx, command.database, async (migrator) => {
        const reverted = await migrator.down(command.steps);
        if (reverted.length === 0) ctx.print(`${command.database}: nothing to revert`);
      });
      return 0;
    case 'create':
      ctx.print(`wrote ${create(ctx.dir, command.database, command.name)}`);
      return 0;
    case 'erase':
      if (!command.confirmed)
        return refuse(ctx, `erase drops every table, collection and the history of ${command.databases.join(' and ')}`);
      for (const database of command.databases) {
        await withTarget(ctx, database, (target) => target.erase());
        ctx.print(`${database}: erased`);
      }
      return 0;
    case 'truncate': {
      const what = command.tables === 'all' ? 'every table' : command.tables.join(', ');
      if (!command.confirmed) return refuse(ctx, `truncate deletes all rows of ${what} in ${command.database}`);
      await withTarget(ctx, command.database, async (target) => {
        const existing = await target.listTables();
        const tables = command.tables === 'all' ? existing : command.tables;
        const unknown = tables.filter((t) => !existing.includes(t));
        if (unknown.length > 0) {
          throw new InvalidArgumentError(
            `${command.database} has no ${unknown.join(', ')} (it has: ${existing.join(', ')})`,
          );
        }
        await target.truncate(tables);
        ctx.print(`${command.database}: truncated ${tables.join(', ')}`);
      });
      return 0;
    }
  }
}

function refuse(ctx: CommandContext, what: string): number {
  ctx.print(`refused: ${what}; add --confirm to do it`);
  return 2;
}

async function status(databases: Database[], ctx: CommandContext): Promise<number> {
  let pending = 0;
  for (const database of databases) {
    await withMigrator(ctx, database, async (migrator) => {
      const s = await migrator.status();
      for (const a of s.applied) {
        ctx.print(
          `${database}  applied  ${migrationLabel(a)}  ${a.appliedAt.toISOString()}  ${a.durationMs} ms  ${a.checksum.slice(0, 12)}`,
        );
      }
      for (const f of s.failed) ctx.print(`${database}  FAILED   ${migrationLabel(f)}  ${f.error ?? ''}`);
      for (const f of s.changed)
        ctx.print(`${database}  CHANGED  ${migrationLabel(f)}  (file differs from what was applied)`);
      for (const m of s.missing) ctx.print(`${database}  MISSING  ${migrationLabel(m)}  (applied, file gone)`);
      for (const f of s.pending) ctx.print(`${database}  pending  ${migrationLabel(f)}`);
      pending += s.pending.length + s.changed.length + s.failed.length;
    });
  }
  if (pending === 0) ctx.print('All migrations applied');
  return 0;
}

function create(dir: string, database: Database, name: string): string {
  const folder = join(dir, database);
  mkdirSync(folder, { recursive: true });
  const versions = readdirSync(folder)
    .map((f) => Number.parseInt(f, 10))
    .filter(Number.isFinite);
  const next = String(Math.max(0, ...versions) + 1).padStart(3, '0');
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const file = join(folder, `${next}_${slug}.${database === 'scylla' ? 'cql' : 'json'}`);
  if (existsSync(file)) throw new InvalidArgumentError(`${file} exists`);
  const template =
    database === 'scylla'
      ? `-- ${name}\n-- migrate:up\n\n-- migrate:down\n`
      : `${JSON.stringify({ description: name, up: [], down: [] }, null, 2)}\n`;
  writeFileSync(file, template);
  return file;
}

async function withTarget<T>(
  ctx: CommandContext,
  database: Database,
  fn: (t: MigrationTarget) => Promise<T>,
): Promise<T> {
  const target = await ctx.open(database);
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
}

function withMigrator(ctx: CommandContext, database: Database, fn: (m: Migrator) => Promise<void>): Promise<void> {
  const files: MigrationFile[] = readMigrations(join(ctx.dir, database), database);
  return withTarget(ctx, database, (target) => fn(new Migrator(target, files, ctx.print)));
}
