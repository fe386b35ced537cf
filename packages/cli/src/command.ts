/** Where a command writes: stdout and stderr of the process, or a test's lines. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  readonly name: string;
  /** one line for `freeface --help` */
  readonly summary: string;
  /** `freeface <name> --help` */
  readonly usage: string;
  /** the exit code; 'running' when the command started a process that lives on (start) */
  run(argv: string[], io: Io): Promise<number | 'running'>;
}

export const wantsHelp = (argv: readonly string[]) => argv.includes('--help') || argv.includes('-h');
