import { describe, expect, it } from 'vitest';
import { parseCommand } from './migrate-args.js';

describe('parseCommand', () => {
  it('reads the commands of the seed', () => {
    expect(parseCommand(['up', '--database', 'all']).command).toEqual({ kind: 'up', databases: ['scylla', 'milvus'] });
    expect(parseCommand(['status']).command).toEqual({ kind: 'status', databases: ['scylla', 'milvus'] });
    expect(parseCommand(['down', '--database', 'scylla', '--steps', '2']).command).toEqual({
      kind: 'down',
      database: 'scylla',
      steps: 2,
    });
    expect(parseCommand(['create', 'add users', '--database', 'milvus']).command).toEqual({
      kind: 'create',
      database: 'milvus',
      name: 'add users',
    });
    expect(parseCommand(['erase', 'all', '--confirm']).command).toEqual({
      kind: 'erase',
      databases: ['scylla', 'milvus'],
      confirmed: true,
    });
    expect(parseCommand(['truncate', 'scylla', '--tables', 'persons, faces']).command).toEqual({
      kind: 'truncate',
      database: 'scylla',
      tables: ['persons', 'faces'],
      confirmed: false,
    });
    expect(parseCommand(['truncate', 'milvus', '--collections', 'all', '--confirm']).command).toMatchObject({
      tables: 'all',
      confirmed: true,
    });
  });

  it('says what is wrong with a bad command line', () => {
    expect(() => parseCommand(['up', '--database', 'postgres'])).toThrow(/--database must be scylla, milvus or all/);
    expect(() => parseCommand(['down', '--database', 'all'])).toThrow(/--database must be scylla or milvus/);
    expect(() => parseCommand(['down', '--database', 'scylla', '--steps', '0'])).toThrow(/--steps must be/);
    expect(() => parseCommand(['create', '--database', 'scylla'])).toThrow(/create needs a name/);
    expect(() => parseCommand(['truncate', 'scylla'])).toThrow(/--tables is required/);
    expect(() => parseCommand(['erase'])).toThrow(/erase must be scylla, milvus or all/);
    expect(() => parseCommand(['migrate'])).toThrow(/unknown command "migrate"/);
  });
});
