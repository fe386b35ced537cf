import { z } from 'zod';
import { id } from './common.schemas.js';
import { person } from './persons.schemas.js';

export const mergePersonsBody = z
  .object({ from_person_id: id('person').describe('the person merged into the one in the path; deleted afterwards') })
  .describe(
    'Its faces (with their vectors and clusters) and appearances go to the person in the path, which takes the name, ' +
      'external id and metadata keys it lacks from it.',
  );

export const mergedPersons = z.object({
  person_id: z.string().describe('the person that stays'),
  merged_person_id: z.string().describe('the person merged into it, now deleted'),
  moved_faces: z.number().int(),
  moved_appearances: z.number().int(),
  person: person.describe('the person that stays, as it is after the merge'),
});

export const moveFaceBody = z.object({ person_id: id('person').describe('the person the face goes to') });

export const movedFace = z.object({
  face_id: z.string(),
  person_id: z.string(),
  previous_person_id: z.string().nullable().describe('null: the face belonged to no person'),
  moved: z.boolean().describe('false: the face was the person’s already'),
});
