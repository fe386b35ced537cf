import { describe, expect, it } from 'vitest';
import { cqlIdentifier, replicationMap } from './scylla.keyspace.js';

describe('replicationMap', () => {
  it('turns the replication setting into a CQL map', () => {
    expect(replicationMap('SimpleStrategy:1')).toBe("{'class': 'SimpleStrategy', 'replication_factor': 1}");
    expect(replicationMap('NetworkTopologyStrategy:dc1=3,eu-west=2')).toBe(
      "{'class': 'NetworkTopologyStrategy', 'dc1': 3, 'eu-west': 2}",
    );
  });

  it.each(['SimpleStrategy', 'SimpleStrategy:x', "NetworkTopologyStrategy:dc1='3'", 'Other:1', ''])(
    'refuses %j',
    (setting) => {
      expect(() => replicationMap(setting)).toThrow(/neither SimpleStrategy/);
    },
  );
});

describe('cqlIdentifier', () => {
  it('accepts plain names and refuses anything that could change a statement', () => {
    expect(cqlIdentifier('freeface')).toBe('freeface');
    expect(cqlIdentifier('ff_test_0a1b')).toBe('ff_test_0a1b');
    for (const bad of ['', '1abc', 'a-b', 'a.b', 'x; DROP KEYSPACE y', 'a'.repeat(49)]) {
      expect(() => cqlIdentifier(bad)).toThrow(/must be a letter/);
    }
    expect(() => cqlIdentifier('a b', 'table')).toThrow(/^table name/);
  });
});
