import type { ImageRecord } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import type { ImageRepository } from '../ports/metadata.port.js';
import { date, ms } from './sqlite.rows.js';

interface ImageRow {
  id: string;
  content_type: string;
  width: number;
  height: number;
  bytes: number;
  created_at: number;
}

const COLUMNS = 'id, content_type, width, height, bytes, created_at';

export class SqliteImageRepository implements ImageRepository {
  private readonly upsert;
  private readonly byId;
  private readonly remove;

  constructor(db: Database) {
    this.upsert = db.prepare<ImageRow>(
      `INSERT OR REPLACE INTO images (${COLUMNS}) VALUES (@id, @content_type, @width, @height, @bytes, @created_at)`,
    );
    this.byId = db.prepare<[string], ImageRow>(`SELECT ${COLUMNS} FROM images WHERE id = ?`);
    this.remove = db.prepare<[string]>('DELETE FROM images WHERE id = ?');
  }

  async put(image: ImageRecord): Promise<void> {
    this.upsert.run({
      id: image.id,
      content_type: image.contentType,
      width: image.width,
      height: image.height,
      bytes: image.bytes,
      created_at: ms(image.createdAt),
    });
  }

  async get(id: string): Promise<ImageRecord | undefined> {
    const row = this.byId.get(id);
    return (
      row && {
        id: row.id,
        contentType: row.content_type,
        width: row.width,
        height: row.height,
        bytes: row.bytes,
        createdAt: date(row.created_at),
      }
    );
  }

  async delete(id: string): Promise<void> {
    this.remove.run(id);
  }
}
