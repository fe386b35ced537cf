import type { AuditAction } from '@freeface/domain';
import type { FaceRepository } from '@freeface/storage';

// Which calls the audit trail records, by method and route with its parameters left unnamed (so a route
// renamed from :id to :person_id stays audited), and which persons a call was about.

const AUDITED: Readonly<Record<string, AuditAction>> = {
  'POST /api/v1/faces/search': 'search',
  'POST /api/v1/faces/recognize': 'recognize',
  'POST /api/v1/faces/verify': 'verify',
  'GET /api/v1/persons': 'person.read',
  'GET /api/v1/persons/:': 'person.read',
  'GET /api/v1/persons/by_external_id/:': 'person.read',
  'GET /api/v1/persons/by_external_ids': 'person.read',
  'GET /api/v1/persons/:/timeline': 'person.read',
  'GET /api/v1/persons/:/appearances': 'person.read',
  'GET /api/v1/persons/:/faces': 'person.read',
  'GET /api/v1/faces/:': 'face.read',
  'GET /api/v1/faces/:/thumbnail': 'face.read',
  'GET /api/v1/images/:': 'image.read',
  'GET /api/v1/images/:/download': 'image.read',
  'GET /api/v1/clusters': 'cluster.read',
  'GET /api/v1/persons/:/export': 'person.export',
  'DELETE /api/v1/persons/:': 'person.delete',
  'DELETE /api/v1/faces/:': 'face.delete',
};

const routeKey = (method: string, url: string) => `${method} ${url.replace(/:[A-Za-z_]+/g, ':')}`;

/** The action a route's calls are recorded as, or undefined when they are not. */
export function auditedAction(method: string | string[], url: string): AuditAction | undefined {
  const methods = Array.isArray(method) ? method : [method];
  for (const m of methods) {
    const action = AUDITED[routeKey(m, url)];
    if (action) return action;
  }
  return undefined;
}

const MAX_PERSONS = 1000;
/** how many faces of an image an audit entry looks at for their persons */
const MAX_IMAGE_FACES = 100;

/**
 * The persons behind a face or image of the path (a thumbnail or a photo names nobody itself): the face's
 * person; the persons of an image's faces and those recognize kept it as evidence of.
 */
export async function personsOfPath(
  params: unknown,
  lookups: {
    faces: Pick<FaceRepository, 'get' | 'listIdsByImage'>;
    evidenceOf(imageId: string): Promise<string[]>;
  },
): Promise<string[]> {
  const p = (params ?? {}) as Record<string, unknown>;
  const found = new Set<string>();
  const faceIds: string[] = [];
  if (typeof p.face_id === 'string') faceIds.push(p.face_id);
  if (typeof p.image_id === 'string') {
    faceIds.push(...(await lookups.faces.listIdsByImage(p.image_id)).slice(0, MAX_IMAGE_FACES));
    for (const id of await lookups.evidenceOf(p.image_id)) found.add(id);
  }
  for (const face of await Promise.all(faceIds.map((id) => lookups.faces.get(id))))
    if (face?.personId !== undefined) found.add(face.personId);
  return [...found];
}

/** Every value of a person_id field anywhere in a JSON value (an answer, a body). */
function collectPersonIds(value: unknown, into: Set<string>, depth = 0): void {
  if (into.size >= MAX_PERSONS || depth > 12 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectPersonIds(item, into, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === 'person_id' && typeof item === 'string') into.add(item);
    else collectPersonIds(item, into, depth + 1);
  }
}

/**
 * The persons a call was about: the person of its path (a person route's id), the person_id fields of its
 * body and of its answer (the persons a search or recognition found, the person read).
 */
export function personsOfCall(url: string, params: unknown, body: unknown, answer: unknown): string[] {
  const found = new Set<string>();
  const p = (params ?? {}) as Record<string, unknown>;
  if (url.startsWith('/api/v1/persons/:')) {
    const id = p.person_id ?? p.id;
    if (typeof id === 'string') found.add(id);
  }
  collectPersonIds(body, found);
  collectPersonIds(answer, found);
  return [...found];
}
