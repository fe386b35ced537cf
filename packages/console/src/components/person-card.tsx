// One person in a grid: a link to their page with their cover face (the API's thumbnail of their best face),
// name, external id and how many faces they have.
import { Link } from '../lib/router.js';
import { FaceThumbnail } from './api-image.js';

export interface PersonSummary {
  person_id: string;
  name?: string | null;
  external_id?: string | null;
}

export interface PersonWithFaces extends PersonSummary {
  face_count: number;
  cover_face_id: string | null;
}

export const personLabel = (p: PersonSummary): string => p.name || p.external_id || p.person_id;

export function PersonCard({ person }: { person: PersonWithFaces }) {
  const label = personLabel(person);
  return (
    <Link to={`/people/${encodeURIComponent(person.person_id)}`} className="card person" data-testid="person-card">
      {person.cover_face_id ? (
        <FaceThumbnail faceId={person.cover_face_id} label={`cover face of ${label}`} />
      ) : (
        <span className="avatar" aria-hidden="true">
          {label.slice(0, 1).toUpperCase()}
        </span>
      )}
      <span className="name">{label}</span>
      {person.external_id && <span className="muted">{person.external_id}</span>}
      <span className="muted" data-testid="face-count">
        {person.face_count} face{person.face_count === 1 ? '' : 's'}
      </span>
    </Link>
  );
}
