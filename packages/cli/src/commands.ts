import type { Command } from './command.js';
import { keysCommand } from './commands/keys.command.js';
import { migrateCommand } from './commands/migrate.command.js';
import { modelsCommand } from './commands/models.command.js';
import { reclusterCommand } from './commands/recluster.command.js';
import { reindexCommand } from './commands/reindex.command.js';
import { startCommand } from './commands/start.command.js';
import { usersCommand } from './commands/users.command.js';

/** Every subcommand of `freeface`, in the order `freeface --help` lists them. */
export const COMMANDS: readonly Command[] = [
  startCommand,
  migrateCommand,
  modelsCommand,
  reclusterCommand,
  reindexCommand,
  usersCommand,
  keysCommand,
];
