// A person: edit name, external id and metadata; delete (saying what goes); merge another person into this
// one; their faces (add one, move one); their timeline and appearances on a map.
import { type FormEvent, useEffect, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { personLabel } from '../components/person-card.js';
import { PersonPicker } from '../components/person-picker.js';
import { Busy, ErrorNote, Notice } from '../components/status.js';
import { navigate } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { useLoad } from '../lib/use-load.js';
import { PersonFaces } from './person-faces.js';
import { PersonTimeline } from './person-timeline.js';

export function PersonPage({ personId }: { personId: string }) {
  const { client, may } = useApp();
  const person = useLoad(
    () => unwrap(client.GET('/api/v1/persons/{person_id}', { params: { path: { person_id: personId } } })),
    [client, personId],
  );
  const [changed, setChanged] = useState(0);
  const refresh = () => {
    person.reload();
    setChanged((n) => n + 1);
  };

  if (person.loading && !person.value) return <Busy />;
  if (!person.value) return <ErrorNote error={person.error} />;
  const p = person.value;
  return (
    <div className="person-page">
      <h2 className="person-title">{personLabel(p)}</h2>
      <p className="muted">
        person id <code>{p.person_id}</code>, {p.face_count} face{p.face_count === 1 ? '' : 's'}
      </p>
      {may('operator') ? <EditPerson person={p} onSaved={refresh} /> : <ShowPerson person={p} />}
      <PersonFaces personId={personId} changed={changed} onChange={refresh} />
      <PersonTimeline personId={personId} changed={changed} />
      {may('operator') && <MergeInto personId={personId} onMerged={refresh} />}
      {may('operator') && <DeletePerson personId={personId} label={personLabel(p)} />}
    </div>
  );
}

type Person = { person_id: string; name?: string | null; external_id?: string | null; metadata?: object | null };

function ShowPerson({ person }: { person: Person }) {
  return (
    <dl className="facts">
      <dt>Name</dt>
      <dd>{person.name || '—'}</dd>
      <dt>External id</dt>
      <dd>{person.external_id || '—'}</dd>
      <dt>Metadata</dt>
      <dd>
        <pre>{JSON.stringify(person.metadata ?? {}, null, 2)}</pre>
      </dd>
    </dl>
  );
}

function EditPerson({ person, onSaved }: { person: Person; onSaved: () => void }) {
  const { client } = useApp();
  const [name, setName] = useState(person.name ?? '');
  const [externalId, setExternalId] = useState(person.external_id ?? '');
  const [metadata, setMetadata] = useState(JSON.stringify(person.metadata ?? {}, null, 2));
  const [saved, setSaved] = useState<string>();
  const { busy, error, setError, run } = useAction();
  useEffect(() => {
    setName(person.name ?? '');
    setExternalId(person.external_id ?? '');
    setMetadata(JSON.stringify(person.metadata ?? {}, null, 2));
  }, [person]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(metadata || '{}');
    } catch (e) {
      return setError(`metadata is not JSON: ${(e as Error).message}`);
    }
    void run(async () => {
      await unwrap(
        client.PUT('/api/v1/persons/{person_id}', {
          params: { path: { person_id: person.person_id } },
          body: { name, external_id: externalId || undefined, metadata: parsed },
        }),
      );
      setSaved('Saved.');
      onSaved();
    });
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Edit person">
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        External id
        <input value={externalId} onChange={(e) => setExternalId(e.target.value)} />
      </label>
      <label>
        Metadata (JSON)
        <textarea rows={4} value={metadata} onChange={(e) => setMetadata(e.target.value)} spellCheck={false} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Save
      </button>
      {busy && <Busy label="Saving…" />}
      <Notice message={saved} />
      <ErrorNote error={error} />
    </form>
  );
}

function MergeInto({ personId, onMerged }: { personId: string; onMerged: () => void }) {
  const { client } = useApp();
  const [from, setFrom] = useState<{ person_id: string; label: string }>();
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const merge = () =>
    run(async () => {
      if (!from) return;
      const result = await unwrap(
        client.POST('/api/v1/persons/{person_id}/merge', {
          params: { path: { person_id: personId } },
          body: { from_person_id: from.person_id },
        }),
      );
      setDone(`Merged ${from.label}: ${result.moved_faces} faces and ${result.moved_appearances} appearances moved.`);
      setFrom(undefined);
      onMerged();
    });
  return (
    <section className="card" aria-labelledby="merge-title">
      <h2 id="merge-title">Merge another person into this one</h2>
      <PersonPicker label="Person to merge in" exclude={personId} value={from} onChange={setFrom} />
      <ConfirmButton
        label="Merge"
        className="primary"
        title="Merge persons?"
        confirmLabel="Merge"
        disabled={!from || busy}
        onConfirm={() => void merge()}
      >
        <p>
          Every face and appearance of <strong>{from?.label}</strong> moves here, and {from?.label} is deleted.
        </p>
      </ConfirmButton>
      {busy && <Busy label="Merging…" />}
      <Notice message={done} />
      <ErrorNote error={error} />
    </section>
  );
}

function DeletePerson({ personId, label }: { personId: string; label: string }) {
  const { client } = useApp();
  const { busy, error, run } = useAction();
  const remove = () =>
    run(async () => {
      await unwrap(client.DELETE('/api/v1/persons/{person_id}', { params: { path: { person_id: personId } } }));
      navigate('/');
    });
  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete</h2>
      <ConfirmButton
        label="Delete person"
        title={`Delete ${label}?`}
        confirmLabel="Delete for good"
        disabled={busy}
        onConfirm={() => void remove()}
      >
        <p>
          <strong>{label}</strong> goes, with every face enrolled under them, their appearances, and the images no other
          face uses. This cannot be undone.
        </p>
      </ConfirmButton>
      {busy && <Busy label="Deleting…" />}
      <ErrorNote error={error} />
    </section>
  );
}
