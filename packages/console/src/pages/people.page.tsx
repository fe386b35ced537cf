// People: a paged grid of persons (cover face, name, external id), a search, and a new person (operators).
import { type FormEvent, useState } from 'react';
import { ApiError, unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { PersonCard } from '../components/person-card.js';
import { Busy, Empty, ErrorNote } from '../components/status.js';
import { Link, navigate } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { useLoad } from '../lib/use-load.js';

const PAGE_SIZE = 24;

export function PeoplePage() {
  const { client, may } = useApp();
  const [pages, setPages] = useState<string[]>([]); // page tokens of the pages before this one
  const [token, setToken] = useState<string>();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<'newest' | 'name'>('newest');
  const list = useLoad(
    () => unwrap(client.GET('/api/v1/persons', { params: { query: { limit: PAGE_SIZE, page_token: token, order } } })),
    [client, token, order],
  );
  const found = useLoad(async () => {
    if (!search) return undefined;
    try {
      const person = await unwrap(
        client.GET('/api/v1/persons/by_external_id/{external_id}', { params: { path: { external_id: search } } }),
      );
      return [person];
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return [];
      throw error;
    }
  }, [client, search]);

  const shown = search
    ? [
        ...(found.value ?? []),
        ...(list.value?.persons ?? []).filter(
          (p) =>
            p.name?.toLowerCase().includes(search.toLowerCase()) &&
            !(found.value ?? []).some((f) => f.person_id === p.person_id),
        ),
      ]
    : (list.value?.persons ?? []);

  return (
    <section aria-label="People">
      <div className="toolbar">
        <search>
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              setSearch(query.trim());
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
                  setSearch('');
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
              setPages([]);
              setToken(undefined);
            }}
          >
            <option value="newest">newest first</option>
            <option value="name">by name</option>
          </select>
        </label>
        {may('operator') && <NewPerson />}
      </div>
      <ErrorNote error={list.error ?? found.error} />
      {(list.loading || found.loading) && <Busy />}
      {!list.loading && shown.length === 0 && (
        <Empty>
          {search ? `No person matches “${search}” here.` : 'No persons yet.'}{' '}
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
      <nav className="pager" aria-label="Pages of persons">
        <button
          type="button"
          disabled={pages.length === 0}
          onClick={() => {
            setToken(pages.at(-1) || undefined);
            setPages(pages.slice(0, -1));
          }}
        >
          Previous
        </button>
        <button
          type="button"
          disabled={!list.value?.next_page_token}
          onClick={() => {
            setPages([...pages, token ?? '']);
            setToken(list.value?.next_page_token ?? undefined);
          }}
        >
          Next
        </button>
      </nav>
      <p className="hint">
        Search finds an exact external id, and names on this page. <Link to="/recognize">Recognize a photo</Link>
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
