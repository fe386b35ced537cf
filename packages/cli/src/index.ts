// @freeface/cli: the freeface command (bin src/freeface.ts).
export type { Command, Io } from './command.js';
export { COMMANDS } from './commands.js';
export { HELP, main } from './main.js';
