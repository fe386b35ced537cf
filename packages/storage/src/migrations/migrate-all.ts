import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '@freeface/config';
import { readMigrations } from './migration-file.js';
import type { MigrationTarget } from './migration-target.js';
import { Migrator } from './migrator.js';
import { openMilvusMigrationTarget } from './milvus.migration-target.js';
import { openScyllaMigrationTarget } from './scylla.migration-target.js';

/** The project's db/migration folder, holding scylla/ and milvus/. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../db/migration/', import.meta.url));

/**
 * Applies every pending ScyllaDB and Milvus migration, as `migrate up --database all` does, and hands back
 * the open targets (to erase a throwaway keyspace and collections afterwards, then close them).
 */
export async function migrateAll(config: Config, dir: string = MIGRATIONS_DIR): Promise<MigrationTarget[]> {
  const targets: MigrationTarget[] = [];
  for (const [database, open] of [
    ['scylla', openScyllaMigrationTarget],
    ['milvus', openMilvusMigrationTarget],
  ] as const) {
    const target = await open(config);
    targets.push(target);
    await new Migrator(target, readMigrations(join(dir, database), database)).up();
  }
  return targets;
}
