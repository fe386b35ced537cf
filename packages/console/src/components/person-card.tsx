// One person in a grid: a link to their page with their name and external id.
import { Link } from '../lib/router.js';

export interface PersonSummary {
  person_id: string;
  name?: string | null;
  external_id?: string | null;
}

export const personLabel = (p: PersonSummary): string => p.name || p.external_id || p.person_id;

export function PersonCard({ person }: { person: PersonSummary }) {
  return (
    <Link to={`/people/${encodeURIComponent(person.person_id)}`} className="card person">
      <span className="avatar" aria-hidden="true">
        {personLabel(person).slice(0, 1).toUpperCase()}
      </span>
      <span className="name">{personLabel(person)}</span>
      {person.external_id && <span className="muted">{person.external_id}</span>}
    </Link>
  );
}
