import { parseArgs } from 'node:util';
import { InvalidArgumentError } from '@freeface/domain';

export type Database = 'scylla' | 'milvus';

export type Command =
  | { kind: 'up'; databases: Database[] }
  | { kind: 'status'; databases: Database[] }
  | { kind: 'down'; database: Database; steps: number }
  | { kind: 'create'; database: Database; name: string }
  | { kind: 'erase'; databases: Database[]; confirmed: boolean }
  | { kind: 'truncate'; database: Database; tables: string[] | 'all'; confirmed: boolean };

export const USAGE = `usage: freeface migrate <command> [options]
  up       --database scylla|milvus|all          apply pending migrations
  status   --database scylla|milvus|all          show applied and pending migrations
  down     --database scylla|milvus --steps N    revert the last N migrations
  create   "name" --database scylla|milvus       write the next numbered migration template
  erase    scylla|milvus|all --confirm           drop everything the migrations made
  truncate scylla --tables all|"persons,faces" --confirm
  truncate milvus --collections all|"face_embeddings_x" --confirm
options: --dir <folder of scylla/ and milvus/> (default: db/migration of the project)`;

const DATABASES = ['scylla', 'milvus'] as const;

const one = (value: string | undefined, what: string): Database => {
  if (value === 'scylla' || value === 'milvus') return value;
  throw new InvalidArgumentError(`${what} must be scylla or milvus, got ${JSON.stringify(value ?? '')}`);
};

const oneOrAll = (value: string | undefined, what: string): Database[] => {
  if (value === 'all') return [...DATABASES];
  if (value === 'scylla' || value === 'milvus') return [value];
  throw new InvalidArgumentError(`${what} must be scylla, milvus or all, got ${JSON.stringify(value ?? '')}`);
};

const csv = (value: string | undefined, what: string): string[] | 'all' => {
  if (value === undefined) throw new InvalidArgumentError(`${what} is required: all, or a comma-separated list`);
  if (value === 'all') return 'all';
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError(`${what} names no table`);
  return names;
};

/** Turns the command line into a Command; throws InvalidArgumentError with what to fix. */
export function parseCommand(argv: string[]): { command: Command; dir?: string } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      steps: { type: 'string' },
      tables: { type: 'string' },
      collections: { type: 'string' },
      confirm: { type: 'boolean', default: false },
      dir: { type: 'string' },
    },
  });
  const [verb, arg] = positionals;
  const dir = values.dir;
  const confirmed = values.confirm === true;
  switch (verb) {
    case 'up':
    case 'status':
      return { command: { kind: verb, databases: oneOrAll(values.database ?? 'all', '--database') }, dir };
    case 'down': {
      const steps = Number(values.steps ?? '1');
      if (!Number.isInteger(steps) || steps < 1)
        throw new InvalidArgumentError('--steps must be a whole number from 1');
      return { command: { kind: 'down', database: one(values.database, '--database'), steps }, dir };
    }
    case 'create': {
      if (!arg || !/^[\w -]+$/.test(arg)) {
        throw new InvalidArgumentError(
          'create needs a name of letters, digits, spaces, - or _, e.g. create "add users"',
        );
      }
      return { command: { kind: 'create', database: one(values.database, '--database'), name: arg }, dir };
    }
    case 'erase':
      return { command: { kind: 'erase', databases: oneOrAll(arg, 'erase'), confirmed }, dir };
    case 'truncate': {
      const database = one(arg, 'truncate');
      const option = database === 'scylla' ? '--tables' : '--collections';
      const tables = csv(database === 'scylla' ? values.tables : values.collections, option);
      return { command: { kind: 'truncate', database, tables, confirmed }, dir };
    }
    default:
      throw new InvalidArgumentError(verb ? `unknown command ${JSON.stringify(verb)}` : 'no command given');
  }
}
