import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitCqlMigration } from './cql-splitter.js';
import type { Database, MigrationFile } from './migration-target.js';

// Reads db/migration/<database>/: NNN_name.cql for scylla, NNN_name.json ({"up": [...], "down": [...]})
// for milvus. Files come back ordered by version; a file that does not follow the naming, a file of
// the other database's kind, or two files with one version are refused rather than skipped, so a
// typo never silently drops a migration. Dot files and *.md notes are ignored.

const EXTENSION: Record<Database, string> = { scylla: 'cql', milvus: 'json' };
const FILE_NAME = /^(\d{3,})_([a-z0-9]+(?:_[a-z0-9]+)*)\.([a-z]+)$/;

export function readMigrations(dir: string, database: Database): MigrationFile[] {
  const extension = EXTENSION[database];
  const files: MigrationFile[] = [];
  const byVersion = new Map<number, string>();
  for (const fileName of readdirSync(dir).sort()) {
    if (fileName.startsWith('.') || fileName.endsWith('.md')) continue;
    const match = FILE_NAME.exec(fileName);
    if (!match || match[3] !== extension) {
      throw new Error(
        `${join(dir, fileName)}: a ${database} migration is named NNN_name.${extension} (lower case, digits and _ in the name)`,
      );
    }
    const version = Number(match[1]);
    const other = byVersion.get(version);
    if (other) throw new Error(`${dir}: ${other} and ${fileName} have the same version ${version}`);
    byVersion.set(version, fileName);
    const bytes = readFileSync(join(dir, fileName));
    files.push({
      version,
      name: match[2] as string,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      ...parseMigration(bytes.toString('utf8'), extension, fileName),
    });
  }
  return files.sort((a, b) => a.version - b.version);
}

function parseMigration(text: string, extension: string, fileName: string): Pick<MigrationFile, 'up' | 'down'> {
  if (extension === 'cql') return splitCqlMigration(text, fileName);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const { up, down = [] } = (parsed ?? {}) as { up?: unknown; down?: unknown };
  if (typeof parsed !== 'object' || Array.isArray(parsed) || !Array.isArray(up) || !Array.isArray(down)) {
    throw new Error(`${fileName}: expected {"up": [...], "down": [...]}`);
  }
  return { up, down };
}
