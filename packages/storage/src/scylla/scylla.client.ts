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

// A node marked down (its connections closed: a restart, a long GC pause, a pod rescheduled) is tried again
// after 0.2 s, doubling up to 5 s. The driver's default doubles from 1 s up to 10 minutes, so a node that was
// away for a minute could stay "considered DOWN" for minutes after it was back: every query failing with
// NoHostAvailableError while the node answers again.
export const RECONNECT_BASE_MS = 200;
export const RECONNECT_MAX_MS = 5_000;

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
      reconnection: new policies.reconnection.ExponentialReconnectionPolicy(RECONNECT_BASE_MS, RECONNECT_MAX_MS, false),
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
