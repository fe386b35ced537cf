import { type Face, NotFoundError, type Page, type PageRequest } from '@freeface/domain';
import type { FaceRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, opt, type Row, type Statement, withOptional } from './scylla.session.js';

// faces holds the record; faces_by_person (a person's faces in face id order) and faces_by_person_image
// (a person's faces of one image) hold copies of the faces that belong to a person; faces_by_image holds
// the ids of every face of an image (whether the image is still in use). The tables of one face change
// together in a logged batch.

const DETAIL = 'image_id, model, box_x, box_y, box_width, box_height, detection_score, quality, created_at';
const Q = {
  get: `SELECT id, person_id, ${DETAIL} FROM faces WHERE id = ?`,
  scan: `SELECT id, person_id, ${DETAIL} FROM faces`,
  byPerson: `SELECT person_id, face_id, ${DETAIL} FROM faces_by_person WHERE person_id = ?`,
  byPersonImage: `SELECT person_id, face_id, ${DETAIL} FROM faces_by_person_image WHERE person_id = ? AND image_id = ?`,
  idsByImage: 'SELECT face_id FROM faces_by_image WHERE image_id = ?',
  delete: 'DELETE FROM faces WHERE id = ?',
  deleteByImage: 'DELETE FROM faces_by_image WHERE image_id = ? AND face_id = ?',
  deleteByPerson: 'DELETE FROM faces_by_person WHERE person_id = ? AND face_id = ?',
  deleteByPersonImage: 'DELETE FROM faces_by_person_image WHERE person_id = ? AND image_id = ? AND face_id = ?',
};

const detail = (f: Face) => ({
  image_id: f.imageId,
  model: f.model,
  box_x: f.box.x,
  box_y: f.box.y,
  box_width: f.box.width,
  box_height: f.box.height,
  detection_score: f.detectionScore,
  quality: f.quality,
  created_at: f.createdAt,
});

/** a face from any of the three tables; they name the face id differently */
const toFace =
  (idColumn: 'id' | 'face_id') =>
  (row: Row): Face =>
    withOptional<Face>(
      {
        id: row.get(idColumn),
        imageId: row.get('image_id'),
        model: row.get('model'),
        box: { x: row.get('box_x'), y: row.get('box_y'), width: row.get('box_width'), height: row.get('box_height') },
        detectionScore: row.get('detection_score'),
        quality: row.get('quality'),
        createdAt: row.get('created_at'),
      },
      { personId: opt(row, 'person_id') },
    );
const fromFaces = toFace('id');
const fromIndex = toFace('face_id');

/** the index rows of a face that belongs to a person */
const indexRows = (f: Face & { personId: string }): Statement[] => [
  insertInto('faces_by_person', { person_id: f.personId, face_id: f.id, ...detail(f) }),
  insertInto('faces_by_person_image', { person_id: f.personId, face_id: f.id, ...detail(f) }),
];
const removeIndexRows = (f: Face & { personId: string }): Statement[] => [
  { query: Q.deleteByPerson, params: [f.personId, f.id] },
  { query: Q.deleteByPersonImage, params: [f.personId, f.imageId, f.id] },
];
const owned = (f: Face | undefined): f is Face & { personId: string } => f?.personId !== undefined;

export class ScyllaFaceRepository implements FaceRepository {
  constructor(private readonly session: CqlSession) {}

  async put(face: Face): Promise<void> {
    const old = await this.get(face.id);
    const statements = [
      insertInto('faces', { id: face.id, person_id: face.personId ?? null, ...detail(face) }),
      insertInto('faces_by_image', { image_id: face.imageId, face_id: face.id }),
    ];
    // a face that changes person or image leaves its old index rows
    if (owned(old) && (old.personId !== face.personId || old.imageId !== face.imageId)) {
      statements.push(...removeIndexRows(old));
    }
    if (old && old.imageId !== face.imageId)
      statements.push({ query: Q.deleteByImage, params: [old.imageId, face.id] });
    if (owned(face)) statements.push(...indexRows(face));
    await this.session.batch(statements);
  }

  async get(id: string): Promise<Face | undefined> {
    const row = await this.session.first(Q.get, [id]);
    return row && fromFaces(row);
  }

  listByPerson(personId: string, page: PageRequest): Promise<Page<Face>> {
    return this.session.page('scylla.faces_by_person', Q.byPerson, [personId], page, fromIndex);
  }

  scan(page: PageRequest): Promise<Page<Face>> {
    return this.session.page('scylla.faces', Q.scan, [], page, fromFaces);
  }

  async listByPersonAndImage(personId: string, imageId: string): Promise<Face[]> {
    return (await this.session.all(Q.byPersonImage, [personId, imageId])).map(fromIndex);
  }

  async listIdsByImage(imageId: string): Promise<string[]> {
    return (await this.session.all(Q.idsByImage, [imageId])).map((row) => row.get('face_id') as string);
  }

  async assign(faceId: string, personId: string | undefined): Promise<void> {
    const face = await this.get(faceId);
    if (!face) throw new NotFoundError('face', faceId);
    const { personId: _old, ...rest } = face;
    await this.put(personId === undefined ? rest : { ...rest, personId });
  }

  async delete(id: string): Promise<void> {
    const old = await this.get(id);
    if (!old) return;
    await this.session.batch([
      { query: Q.delete, params: [id] },
      { query: Q.deleteByImage, params: [old.imageId, id] },
      ...(owned(old) ? removeIndexRows(old) : []),
    ]);
  }
}
