// freeface migrate: schema migrations for ScyllaDB (CQL) and Milvus; see USAGE.
import { ConfigError, loadConfig } from '@freeface/config';
import { FreeFaceError } from '@freeface/domain';
import { MIGRATIONS_DIR, openMilvusMigrationTarget, openScyllaMigrationTarget } from '@freeface/storage';
import type { Command } from '../command.js';
import { parseCommand, USAGE } from '../migrate/migrate-args.js';
import { runCommand } from '../migrate/migrate-steps.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'schema migrations of ScyllaDB and Milvus (up, status, down, create, erase, truncate)',
  usage: USAGE,
  async run(argv, io) {
    if (argv.length === 0) {
      io.out(USAGE);
      return 2;
    }
    try {
      const { command, dir } = parseCommand(argv);
      const config = loadConfig();
      return await runCommand(command, {
        dir: dir ?? MIGRATIONS_DIR,
        open: (database) =>
          database === 'scylla' ? openScyllaMigrationTarget(config) : openMilvusMigrationTarget(config),
        print: (line) => io.out(line),
      });
    } catch (error) {
      if (error instanceof ConfigError || error instanceof FreeFaceError) {
        io.err(`migrate: ${error.message}`);
        if (error instanceof FreeFaceError && error.code === 'INVALID_ARGUMENT')
          io.err('(freeface migrate --help shows every command)');
      } else {
        io.err(`migrate failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return 1;
    }
  },
};
