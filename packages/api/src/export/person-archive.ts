// Everything held about one person, as the files of an archive: the person record, each face with its
// embedding, each image the faces were cut from (decrypted: the person gets their photos, not ciphertext),
// the appearances, and the audit entries about them. Read a page at a time, so a person with many faces
// streams out rather than sitting in memory.
import type { AuditEntry, Face } from '@freeface/domain';
import type { EnrollmentServices } from '@freeface/enrollment';
import type { MetadataStore } from '@freeface/storage';
import { showAuditEntry } from '../schemas/audit.schemas.js';
import { showFace } from '../schemas/faces.schemas.js';
import { showAppearance, showPerson } from '../schemas/persons.schemas.js';
import type { TarFile } from './tar-writer.js';

const PAGE = 500;
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

const jsonFile = (name: string, value: unknown, mtime: Date): TarFile => ({
  name,
  bytes: Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8'),
  mtime,
});

async function all<T>(
  fetch: (pageToken: string | undefined) => Promise<{ items: T[]; nextPageToken?: string }>,
): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetch(token);
    items.push(...page.items);
    token = page.nextPageToken;
  } while (token !== undefined);
  return items;
}

export interface PersonArchiveDeps {
  readonly metadata: MetadataStore;
  readonly services: Pick<EnrollmentServices, 'persons' | 'images' | 'indexes'>;
}

/** The directory every file of a person's archive sits in. */
export const archiveRoot = (personId: string) => `person-${personId}`;

/** NotFoundError (before any file) when the person does not exist. */
export async function personArchive(deps: PersonArchiveDeps, personId: string): Promise<AsyncIterable<TarFile>> {
  const { metadata, services } = deps;
  const person = await services.persons.get(personId);
  const now = new Date();
  const root = archiveRoot(person.id);
  return (async function* files(): AsyncGenerator<TarFile> {
    yield jsonFile(
      `${root}/person.json`,
      {
        ...showPerson(person, await services.persons.faceSummary(person.id)),
        retention_days: person.retentionDays ?? null,
      },
      now,
    );
    const faces = await all<Face>((pageToken) =>
      metadata.faces.listByPerson(person.id, { limit: PAGE, ...(pageToken ? { pageToken } : {}) }),
    );
    const imagesDone = new Set<string>();
    for (const face of faces) {
      const index = await services.indexes.forModel(face.model);
      const [record] = index ? await index.get([face.id]) : [];
      const embedding = record ? Array.from(record.vector) : null;
      yield jsonFile(`${root}/faces/${face.id}.json`, { ...showFace(face), embedding }, face.createdAt);
      if (imagesDone.has(face.imageId)) continue;
      imagesDone.add(face.imageId);
      const image = await metadata.images.get(face.imageId);
      const bytes = await services.images.readBytes(face.imageId).catch(() => undefined);
      if (!image || !bytes) continue;
      const extension = EXTENSIONS[image.contentType] ?? 'bin';
      yield { name: `${root}/images/${image.id}.${extension}`, bytes, mtime: image.createdAt };
    }
    const appearances = await all((pageToken) =>
      metadata.appearances.listByPerson(person.id, { limit: PAGE, ...(pageToken ? { pageToken } : {}) }),
    );
    yield jsonFile(`${root}/appearances.json`, appearances.map(showAppearance), now);
    const audit = await all<AuditEntry>((pageToken) =>
      metadata.audit.list({ personId: person.id, limit: PAGE, ...(pageToken ? { pageToken } : {}) }),
    );
    yield jsonFile(`${root}/audit.json`, audit.map(showAuditEntry), now);
  })();
}
