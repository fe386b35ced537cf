import { z } from 'zod';
import { type Envelope, ok } from './envelope.js';

// Every DELETE answers the same way: 200 and the envelope, its data the id of what was deleted (named after its
// kind) and, for what takes faces and images with it, how many of each went. Deleting what is not there is a 404.

const counts = {
  deleted_faces: z.number().int().describe('faces deleted with it (their vectors too)'),
  deleted_images: z.number().int().describe('images deleted with it: those no other face used'),
};

/** The data of a delete answer: `{ <idField>: id }`, with the counts of faces and images when `withFaces`. */
export function deletionOf<K extends string>(
  idField: K,
  withFaces: true,
): z.ZodObject<Record<K, z.ZodString> & typeof counts>;
export function deletionOf<K extends string>(idField: K, withFaces?: false): z.ZodObject<Record<K, z.ZodString>>;
export function deletionOf(idField: string, withFaces = false) {
  return z.object({ [idField]: z.string().describe('what was deleted'), ...(withFaces ? counts : {}) });
}

const KIND_OF = { person_id: 'person', face_id: 'face', user_id: 'user', key_id: 'API key' } as const;

/** The answer of a delete: `data` names what went; the message says so ("<kind> deleted", unless given). */
export function deleted<T extends Partial<Record<keyof typeof KIND_OF, string>>>(
  data: T,
  message?: string,
): Envelope<T> {
  const field = (Object.keys(KIND_OF) as Array<keyof typeof KIND_OF>).find((key) => key in data);
  return ok(data, message ?? `${field ? KIND_OF[field] : 'it'} deleted`);
}
