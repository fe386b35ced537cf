// People: a paged grid of persons (cover face, name, external id), a search, and a new person (operators).
import { type FormEvent, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { Pager, usePager } from '../components/pager.js';
import { PersonCard } from '../components/person-card.js';
import { Busy, Empty, ErrorNote } from '../components/status.js';
import { Link, navigate } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { useLoad } from '../lib/use-load.js';

const PAGE_SIZE = 24;

export function PeoplePage() {
  const { client, may } = useApp();
  const pager = usePager();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<'newest' | 'name'>('newest');
  const list = useLoad(
    () =>
      unwrap(
        client.GET('/api/v1/persons', {
          params: { query: { limit: PAGE_SIZE, page_token: pager.token, order, ...(search ? { q: search } : {}) } },
        }),
      ),
    [client, pager.token, order, search],
  );
  const shown = list.value?.persons ?? [];
  const searchFor = (text: string) => {
    setSearch(text);
    pager.reset();
  };

  return (
    <section aria-label="People">
      <div className="toolbar">
        <search>
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              searchFor(query.trim());
            }}
          >
            <label>
              Search by name or external id
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            </label>
            <button type="submit">Search</button>
            {search && (
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  searchFor('');
                }}
              >
                Clear
              </button>
            )}
          </form>
        </search>
        <label>
          Order
          <select
            value={order}
            onChange={(e) => {
              setOrder(e.target.value as 'newest' | 'name');
              pager.reset();
            }}
          >
            <option value="newest">newest first</option>
            <option value="name">by name</option>
          </select>
        </label>
        {may('operator') && <NewPerson />}
      </div>
      <ErrorNote error={list.error} />
      {list.loading && <Busy />}
      {!list.loading && list.value && shown.length === 0 && (
        <Empty>
          {search
            ? `No person on this page matches “${search}”.${list.value.next_page_token ? ' Try the next page.' : ''}`
            : 'No persons yet.'}{' '}
          {may('operator') && !search && 'Create one above, or enroll faces from the Recognize page.'}
        </Empty>
      )}
      <ul className="grid" aria-label="Persons">
        {shown.map((person) => (
          <li key={person.person_id}>
            <PersonCard person={person} />
          </li>
        ))}
      </ul>
      <Pager pager={pager} nextToken={list.value?.next_page_token} label="Pages of persons" />
      <p className="hint">
        Search finds every person whose name or external id contains the text, ignoring case.{' '}
        <Link to="/recognize">Recognize a photo</Link>
      </p>
    </section>
  );
}

function NewPerson() {
  const { client } = useApp();
  const [name, setName] = useState('');
  const [externalId, setExternalId] = useState('');
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const person = await unwrap(
        client.POST('/api/v1/persons', {
          body: { name: name.trim() || undefined, external_id: externalId.trim() || undefined },
        }),
      );
      navigate(`/people/${encodeURIComponent(person.person_id)}`);
    });
  };
  return (
    <form onSubmit={submit} aria-label="New person" className="inline">
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        External id
        <input value={externalId} onChange={(e) => setExternalId(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        New person
      </button>
      {busy && <Busy label="Creating…" />}
      <ErrorNote error={error} />
    </form>
  );
}
