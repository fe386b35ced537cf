// Choose a person by name: a filter box that searches every person (GET /persons?q=), and a list to pick from.
import { useId, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { useLoad } from '../lib/use-load.js';
import { personLabel } from './person-card.js';
import { ErrorNote } from './status.js';

export interface Picked {
  person_id: string;
  label: string;
}

interface Props {
  label: string;
  exclude?: string;
  value: Picked | undefined;
  onChange: (picked: Picked | undefined) => void;
}

export function PersonPicker({ label, exclude, value, onChange }: Props) {
  const { client } = useApp();
  const id = useId();
  const [filter, setFilter] = useState('');
  const q = filter.trim();
  const persons = useLoad(
    () => unwrap(client.GET('/api/v1/persons', { params: { query: { limit: 500, ...(q ? { q } : {}) } } })),
    [client, q],
  );
  const choices = (persons.value?.persons ?? [])
    .filter((p) => p.person_id !== exclude)
    .map((p) => ({ person_id: p.person_id, label: personLabel(p) }));
  if (value && !choices.some((c) => c.person_id === value.person_id)) choices.unshift(value);
  return (
    <div className="picker">
      <label>
        Filter persons
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value?.person_id ?? ''}
        onChange={(e) => onChange(choices.find((c) => c.person_id === e.target.value))}
      >
        <option value="">— choose —</option>
        {choices.map((c) => (
          <option key={c.person_id} value={c.person_id}>
            {c.label}
          </option>
        ))}
      </select>
      <ErrorNote error={persons.error} />
    </div>
  );
}
