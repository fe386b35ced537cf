import type { FaceCluster } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import type { ClusterRepository } from '../ports/metadata.port.js';
import { date, float64Array, float64Blob, json, ms, nul, opt, parse } from './sqlite.rows.js';

interface ClusterRow {
  id: string;
  model: string;
  centroid: Buffer;
  face_ids: string;
  person_id: string | null;
  updated_at: number;
}

const COLUMNS = 'id, model, centroid, face_ids, person_id, updated_at';

const toCluster = (row: ClusterRow): FaceCluster => ({
  id: row.id,
  model: row.model,
  centroid: float64Array(row.centroid),
  faceIds: parse(row.face_ids),
  personId: opt(row.person_id),
  updatedAt: date(row.updated_at),
});

export class SqliteClusterRepository implements ClusterRepository {
  private readonly upsert;
  private readonly byId;
  private readonly byModel;
  private readonly remove;

  constructor(db: Database) {
    this.upsert = db.prepare<ClusterRow>(
      `INSERT OR REPLACE INTO clusters (${COLUMNS}) VALUES (@id, @model, @centroid, @face_ids, @person_id, @updated_at)`,
    );
    this.byId = db.prepare<[string], ClusterRow>(`SELECT ${COLUMNS} FROM clusters WHERE id = ?`);
    this.byModel = db.prepare<[string], ClusterRow>(`SELECT ${COLUMNS} FROM clusters WHERE model = ? ORDER BY id`);
    this.remove = db.prepare<[string]>('DELETE FROM clusters WHERE id = ?');
  }

  async put(cluster: FaceCluster): Promise<void> {
    this.upsert.run({
      id: cluster.id,
      model: cluster.model,
      centroid: float64Blob(cluster.centroid),
      face_ids: json(cluster.faceIds),
      person_id: nul(cluster.personId),
      updated_at: ms(cluster.updatedAt),
    });
  }

  async get(id: string): Promise<FaceCluster | undefined> {
    const row = this.byId.get(id);
    return row && toCluster(row);
  }

  async listByModel(model: string): Promise<FaceCluster[]> {
    return this.byModel.all(model).map(toCluster);
  }

  async delete(id: string): Promise<void> {
    this.remove.run(id);
  }
}
