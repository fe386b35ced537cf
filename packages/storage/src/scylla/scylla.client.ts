import type { Config } from '@freeface/config';
import { auth, Client, policies, types } from 'cassandra-driver';

// The one place a cassandra-driver Client is made, for the metadata store and the migration target.
// Protocol v4 is pinned: ScyllaDB and Cassandra 5 both speak it, and the driver does not negotiate
// down cleanly from v5 on every server version.

type ConsistencySetting = Config['scylla']['consistency'];

const CONSISTENCY: Record<ConsistencySetting, types.consistencies> = {
  one: types.consistencies.one,
  local_one: types.consistencies.localOne,
  quorum: types.consistencies.quorum,
  local_quorum: types.consistencies.localQuorum,
  all: types.consistencies.all,
};

/** Lightweight transactions run their Paxos round in the local DC when reads and writes stay local. */
export function serialConsistencyFor(consistency: ConsistencySetting): types.consistencies {
  return consistency.startsWith('local_') ? types.consistencies.localSerial : types.consistencies.serial;
}

export interface ScyllaClientOptions {
  /** keyspace every statement runs in; leave out to connect before the keyspace exists */
  keyspace?: string;
}

export function createScyllaClient(config: Config, options: ScyllaClientOptions = {}): Client {
  const { hosts, port, localDc, consistency, username, password } = config.scylla;
  return new Client({
    contactPoints: [...hosts],
    localDataCenter: localDc,
    keyspace: options.keyspace,
    protocolOptions: { port, maxVersion: 4 },
    policies: {
      loadBalancing: new policies.loadBalancing.TokenAwarePolicy(
        new policies.loadBalancing.DCAwareRoundRobinPolicy(localDc),
      ),
    },
    queryOptions: {
      consistency: CONSISTENCY[consistency],
      serialConsistency: serialConsistencyFor(consistency),
      prepare: true,
    },
    // undefined is written as null, so a put replaces every column, optional ones included
    encoding: { useUndefinedAsUnset: false, useBigIntAsLong: true },
    authProvider: username ? new auth.PlainTextAuthProvider(username, password ?? '') : undefined,
  });
}
