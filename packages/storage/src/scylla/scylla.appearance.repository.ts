import { type Appearance, encodeGeohash, type Page } from '@freeface/domain';
import type { AppearanceQuery, AppearanceRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, opt, type Row, withOptional } from './scylla.session.js';

// appearances_by_person: one partition per person, clustered by seen_at descending, so "newest first"
// and a time window are a slice of one partition. The geohash is kept beside lat/lon for later
// "near here" queries.

const SELECT =
  'SELECT person_id, seen_at, appearance_id, image_id, similarity, source_id, lat, lon FROM appearances_by_person WHERE person_id = ?';
const KIND = 'scylla.appearances_by_person';
/** a person's appearances in a time window: from inclusive, to exclusive */
const WINDOW = {
  all: SELECT,
  from: `${SELECT} AND seen_at >= ?`,
  to: `${SELECT} AND seen_at < ?`,
  between: `${SELECT} AND seen_at >= ? AND seen_at < ?`,
};
const DELETE = 'DELETE FROM appearances_by_person WHERE person_id = ?';

function toAppearance(row: Row): Appearance {
  const lat = opt<number>(row, 'lat');
  const lon = opt<number>(row, 'lon');
  return withOptional<Appearance>(
    {
      personId: row.get('person_id'),
      seenAt: row.get('seen_at'),
      appearanceId: row.get('appearance_id'),
      imageId: row.get('image_id'),
      similarity: row.get('similarity'),
    },
    { sourceId: opt(row, 'source_id'), location: lat !== undefined && lon !== undefined ? { lat, lon } : undefined },
  );
}

export class ScyllaAppearanceRepository implements AppearanceRepository {
  constructor(private readonly session: CqlSession) {}

  async add(a: Appearance): Promise<void> {
    const { query, params } = insertInto('appearances_by_person', {
      person_id: a.personId,
      seen_at: a.seenAt,
      appearance_id: a.appearanceId,
      image_id: a.imageId,
      similarity: a.similarity,
      source_id: a.sourceId ?? null,
      lat: a.location?.lat ?? null,
      lon: a.location?.lon ?? null,
      geohash: a.location ? encodeGeohash(a.location) : null,
    });
    await this.session.write(query, params);
  }

  listByPerson(personId: string, { from, to, ...page }: AppearanceQuery): Promise<Page<Appearance>> {
    const [variant, params]: [keyof typeof WINDOW, unknown[]] =
      from && to
        ? ['between', [personId, from, to]]
        : from
          ? ['from', [personId, from]]
          : to
            ? ['to', [personId, to]]
            : ['all', [personId]];
    // each variant its own token kind: a token of a window does not continue another window
    return this.session.page(`${KIND}.${variant}`, WINDOW[variant], params, page, toAppearance);
  }

  async deleteByPerson(personId: string): Promise<void> {
    await this.session.write(DELETE, [personId]);
  }
}
