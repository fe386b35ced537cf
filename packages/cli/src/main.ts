import { ConfigError } from '@freeface/config';
import { type Io, wantsHelp } from './command.js';
import { COMMANDS } from './commands.js';

export const HELP = `usage: freeface <command> [options]     (npx freeface from the checkout)
${COMMANDS.map((c) => `  ${c.name.padEnd(11)}${c.summary}`).join('\n')}
freeface <command> --help shows the options of each.`;

/** Runs `freeface <argv>`: the exit code, or 'running' when it started the platform (start). */
export async function main(argv: string[], io: Io): Promise<number | 'running'> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`freeface: unknown command ${JSON.stringify(name)}\n\n${HELP}`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ConfigError) io.err(`${name} cannot start: ${error.message}`);
    else io.err(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
