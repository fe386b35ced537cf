import type { ImageRecord } from '@freeface/domain';
import type { ImageRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, type Row } from './scylla.session.js';

const Q = {
  get: 'SELECT id, content_type, width, height, bytes, created_at FROM images WHERE id = ?',
  delete: 'DELETE FROM images WHERE id = ?',
};

const toImage = (row: Row): ImageRecord => ({
  id: row.get('id'),
  contentType: row.get('content_type'),
  width: row.get('width'),
  height: row.get('height'),
  bytes: Number(row.get('bytes')),
  createdAt: row.get('created_at'),
});

export class ScyllaImageRepository implements ImageRepository {
  constructor(private readonly session: CqlSession) {}

  async put(image: ImageRecord): Promise<void> {
    const { query, params } = insertInto('images', {
      id: image.id,
      content_type: image.contentType,
      width: image.width,
      height: image.height,
      bytes: BigInt(image.bytes),
      created_at: image.createdAt,
    });
    await this.session.write(query, params);
  }

  async get(id: string): Promise<ImageRecord | undefined> {
    const row = await this.session.first(Q.get, [id]);
    return row && toImage(row);
  }

  async delete(id: string): Promise<void> {
    await this.session.write(Q.delete, [id]);
  }
}
