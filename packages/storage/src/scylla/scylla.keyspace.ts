// Keyspace names and replication settings, checked before they reach a CQL string.

const KEYSPACE = /^[A-Za-z][A-Za-z0-9_]{0,47}$/;

/** A keyspace or table name, safe to put in a statement unquoted. */
export function cqlIdentifier(name: string, what = 'keyspace'): string {
  if (!KEYSPACE.test(name)) {
    throw new Error(`${what} name "${name}" must be a letter then up to 47 letters, digits or _`);
  }
  return name;
}

/**
 * "SimpleStrategy:1" or "NetworkTopologyStrategy:dc1=3,dc2=3" (the scylla.replication setting) as the
 * map literal of CREATE KEYSPACE ... WITH replication = {...}.
 */
export function replicationMap(setting: string): string {
  const simple = /^SimpleStrategy:(\d+)$/.exec(setting);
  if (simple) return `{'class': 'SimpleStrategy', 'replication_factor': ${Number(simple[1])}}`;
  const nts = /^NetworkTopologyStrategy:([\w-]+=\d+(?:,[\w-]+=\d+)*)$/.exec(setting);
  if (nts?.[1]) {
    const dcs = nts[1].split(',').map((entry) => {
      const [dc, factor] = entry.split('=');
      return `'${dc}': ${Number(factor)}`;
    });
    return `{'class': 'NetworkTopologyStrategy', ${dcs.join(', ')}}`;
  }
  throw new Error(`replication "${setting}" is neither SimpleStrategy:N nor NetworkTopologyStrategy:dc1=N,dc2=N`);
}
