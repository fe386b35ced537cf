import type { Config } from '@freeface/config';
import { UnavailableError } from '@freeface/domain';
import type { MetadataStore } from '../ports/metadata.port.js';
import { ScyllaApiKeyRepository } from './scylla.api-key.repository.js';
import { ScyllaAppearanceRepository } from './scylla.appearance.repository.js';
import { ScyllaAuditRepository } from './scylla.audit.repository.js';
import { createScyllaClient } from './scylla.client.js';
import { ScyllaClusterRepository } from './scylla.cluster.repository.js';
import { ScyllaEnrollJobRepository } from './scylla.enroll-job.repository.js';
import { ScyllaFaceRepository } from './scylla.face.repository.js';
import { ScyllaImageRepository } from './scylla.image.repository.js';
import { cqlIdentifier } from './scylla.keyspace.js';
import { ScyllaPersonRepository } from './scylla.person.repository.js';
import { CqlSession } from './scylla.session.js';
import { ScyllaUserRepository } from './scylla.user.repository.js';

export interface ScyllaMetadataStoreOptions {
  /** default: the scylla.keyspace setting; tests pass a keyspace of their own */
  keyspace?: string;
}

/**
 * The metadata port on ScyllaDB (or Cassandra). The keyspace and its tables must exist: the migrate
 * service makes them from db/migration/scylla/. Throws UnavailableError when the cluster cannot be reached.
 */
export async function openScyllaMetadataStore(
  config: Config,
  options: ScyllaMetadataStoreOptions = {},
): Promise<MetadataStore> {
  const keyspace = cqlIdentifier(options.keyspace ?? config.scylla.keyspace);
  const client = createScyllaClient(config, { keyspace });
  try {
    await client.connect();
  } catch (error) {
    await client.shutdown().catch(() => {});
    throw new UnavailableError(`cannot open keyspace ${keyspace} on ScyllaDB: ${(error as Error).message}`, {
      keyspace,
    });
  }
  const session = new CqlSession(client);
  return {
    persons: new ScyllaPersonRepository(session),
    faces: new ScyllaFaceRepository(session),
    images: new ScyllaImageRepository(session),
    appearances: new ScyllaAppearanceRepository(session),
    jobs: new ScyllaEnrollJobRepository(session),
    users: new ScyllaUserRepository(session),
    apiKeys: new ScyllaApiKeyRepository(session),
    clusters: new ScyllaClusterRepository(session),
    audit: new ScyllaAuditRepository(session),
    ping: () => session.ping(),
    close: () => client.shutdown(),
  };
}
