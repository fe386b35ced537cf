import { type Face, NotFoundError, type Page, type PageRequest } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import { checkPageLimit, decodePageToken, isString, keysetPage } from '../paging.js';
import type { FaceRepository } from '../ports/metadata.port.js';
import { date, ms, nul, opt } from './sqlite.rows.js';

interface FaceRow {
  id: string;
  person_id: string | null;
  image_id: string;
  model: string;
  box_x: number;
  box_y: number;
  box_width: number;
  box_height: number;
  detection_score: number;
  quality: number;
  created_at: number;
}

const COLUMNS =
  'id, person_id, image_id, model, box_x, box_y, box_width, box_height, detection_score, quality, created_at';
const PAGE_KIND = 'faces-by-person';
const SCAN_KIND = 'faces';

const toFace = (row: FaceRow): Face => ({
  id: row.id,
  personId: opt(row.person_id),
  imageId: row.image_id,
  model: row.model,
  box: { x: row.box_x, y: row.box_y, width: row.box_width, height: row.box_height },
  detectionScore: row.detection_score,
  quality: row.quality,
  createdAt: date(row.created_at),
});

const toRow = (f: Face): FaceRow => ({
  id: f.id,
  person_id: nul(f.personId),
  image_id: f.imageId,
  model: f.model,
  box_x: f.box.x,
  box_y: f.box.y,
  box_width: f.box.width,
  box_height: f.box.height,
  detection_score: f.detectionScore,
  quality: f.quality,
  created_at: ms(f.createdAt),
});

export class SqliteFaceRepository implements FaceRepository {
  private readonly upsert;
  private readonly byId;
  private readonly page;
  private readonly scanPage;
  private readonly byPersonAndImage;
  private readonly idsByImage;
  private readonly setPerson;
  private readonly remove;

  constructor(db: Database) {
    this.upsert = db.prepare<FaceRow>(
      `INSERT OR REPLACE INTO faces (${COLUMNS}) VALUES (@id, @person_id, @image_id, @model, @box_x, @box_y,
       @box_width, @box_height, @detection_score, @quality, @created_at)`,
    );
    this.byId = db.prepare<[string], FaceRow>(`SELECT ${COLUMNS} FROM faces WHERE id = ?`);
    this.page = db.prepare<[string, string, number], FaceRow>(
      `SELECT ${COLUMNS} FROM faces WHERE person_id = ? AND id > ? ORDER BY id LIMIT ?`,
    );
    this.scanPage = db.prepare<[string, number], FaceRow>(
      `SELECT ${COLUMNS} FROM faces WHERE id > ? ORDER BY id LIMIT ?`,
    );
    this.byPersonAndImage = db.prepare<[string, string], FaceRow>(
      `SELECT ${COLUMNS} FROM faces WHERE person_id = ? AND image_id = ?`,
    );
    this.idsByImage = db.prepare<[string], { id: string }>('SELECT id FROM faces WHERE image_id = ? ORDER BY id');
    this.setPerson = db.prepare<[string | null, string]>('UPDATE faces SET person_id = ? WHERE id = ?');
    this.remove = db.prepare<[string]>('DELETE FROM faces WHERE id = ?');
  }

  async put(face: Face): Promise<void> {
    this.upsert.run(toRow(face));
  }

  async get(id: string): Promise<Face | undefined> {
    const row = this.byId.get(id);
    return row && toFace(row);
  }

  async listByPerson(personId: string, request: PageRequest): Promise<Page<Face>> {
    const limit = checkPageLimit(request.limit);
    const after = request.pageToken === undefined ? '' : decodePageToken(PAGE_KIND, request.pageToken, isString);
    const rows = this.page.all(personId, after, limit + 1);
    return keysetPage(rows, limit, PAGE_KIND, (row) => row.id, toFace);
  }

  async scan(request: PageRequest): Promise<Page<Face>> {
    const limit = checkPageLimit(request.limit);
    const after = request.pageToken === undefined ? '' : decodePageToken(SCAN_KIND, request.pageToken, isString);
    return keysetPage(this.scanPage.all(after, limit + 1), limit, SCAN_KIND, (row) => row.id, toFace);
  }

  async listByPersonAndImage(personId: string, imageId: string): Promise<Face[]> {
    return this.byPersonAndImage.all(personId, imageId).map(toFace);
  }

  async listIdsByImage(imageId: string): Promise<string[]> {
    return this.idsByImage.all(imageId).map((row) => row.id);
  }

  /** NotFoundError when no face has this id. */
  async assign(faceId: string, personId: string | undefined): Promise<void> {
    if (this.setPerson.run(nul(personId), faceId).changes === 0) throw new NotFoundError('face', faceId);
  }

  async delete(id: string): Promise<void> {
    this.remove.run(id);
  }
}
