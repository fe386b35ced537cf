import type { FaceCluster } from '@freeface/domain';
import type { ClusterRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, opt, type Row, type Statement, withOptional } from './scylla.session.js';

// clusters holds the record; clusters_by_model a copy per model partition, which face-cluster loads
// whole at start.

const DETAIL = 'centroid, face_ids, person_id, updated_at';
const Q = {
  get: `SELECT id, model, ${DETAIL} FROM clusters WHERE id = ?`,
  byModel: `SELECT model, cluster_id, ${DETAIL} FROM clusters_by_model WHERE model = ?`,
  delete: 'DELETE FROM clusters WHERE id = ?',
  deleteByModel: 'DELETE FROM clusters_by_model WHERE model = ? AND cluster_id = ?',
};

const detail = (c: FaceCluster) => ({
  centroid: c.centroid,
  face_ids: c.faceIds,
  person_id: c.personId ?? null,
  updated_at: c.updatedAt,
});

const toCluster =
  (idColumn: 'id' | 'cluster_id') =>
  (row: Row): FaceCluster =>
    withOptional<FaceCluster>(
      {
        id: row.get(idColumn),
        model: row.get('model'),
        centroid: opt<number[]>(row, 'centroid') ?? [],
        faceIds: opt<string[]>(row, 'face_ids') ?? [],
        updatedAt: row.get('updated_at'),
      },
      { personId: opt(row, 'person_id') },
    );
const fromClusters = toCluster('id');
const fromModel = toCluster('cluster_id');
const removeFromModel = (c: FaceCluster): Statement => ({ query: Q.deleteByModel, params: [c.model, c.id] });

export class ScyllaClusterRepository implements ClusterRepository {
  constructor(private readonly session: CqlSession) {}

  /**
   * Not a batch: a cluster of a 512-d centroid and thousands of face ids is bigger than a logged batch
   * may be (Cassandra refuses batches over 50 KiB). Both rows are written; a put that fails half-way is
   * whole again when retried, since every value is in the record.
   */
  async put(cluster: FaceCluster): Promise<void> {
    const old = await this.get(cluster.id);
    const rows = [
      insertInto('clusters', { id: cluster.id, model: cluster.model, ...detail(cluster) }),
      insertInto('clusters_by_model', { model: cluster.model, cluster_id: cluster.id, ...detail(cluster) }),
    ];
    await Promise.all(rows.map(({ query, params }) => this.session.write(query, params)));
    if (old && old.model !== cluster.model) {
      const { query, params } = removeFromModel(old);
      await this.session.write(query, params);
    }
  }

  async get(id: string): Promise<FaceCluster | undefined> {
    const row = await this.session.first(Q.get, [id]);
    return row && fromClusters(row);
  }

  async listByModel(model: string): Promise<FaceCluster[]> {
    return (await this.session.all(Q.byModel, [model])).map(fromModel);
  }

  async delete(id: string): Promise<void> {
    const old = await this.get(id);
    if (!old) return;
    await this.session.batch([{ query: Q.delete, params: [id] }, removeFromModel(old)]);
  }
}
