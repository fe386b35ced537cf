#!/usr/bin/env -S node --import tsx
// migrate: schema migrations for ScyllaDB (CQL) and Milvus. `npm run migrate -- <command>`; see USAGE.
import { ConfigError, loadConfig } from '@freeface/config';
import { FreeFaceError } from '@freeface/domain';
import { MIGRATIONS_DIR, openMilvusMigrationTarget, openScyllaMigrationTarget } from '@freeface/storage';
import { parseCommand, USAGE } from './cli.js';
import { runCommand } from './commands.js';

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const { command, dir } = parseCommand(argv);
  const config = loadConfig();
  return runCommand(command, {
    dir: dir ?? MIGRATIONS_DIR,
    open: (database) => (database === 'scylla' ? openScyllaMigrationTarget(config) : openMilvusMigrationTarget(config)),
    print: (line) => console.log(line),
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof FreeFaceError) {
      console.error(`migrate: ${error.message}`);
      if (error instanceof FreeFaceError && error.code === 'INVALID_ARGUMENT')
        console.error('(migrate --help shows every command)');
    } else {
      console.error('migrate failed:', error instanceof Error ? error.message : error);
    }
    process.exit(1);
  },
);
