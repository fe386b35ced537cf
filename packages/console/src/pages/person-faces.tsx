// A person's faces: add a face from a photo (enroll), and every face (GET /persons/{person_id}/faces, a page
// at a time) with its thumbnail, quality and source image, to move or delete.
import { type FormEvent, useEffect, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { FaceCard, type ShownFace } from '../components/face-card.js';
import { Busy, Empty, ErrorNote, Notice } from '../components/status.js';
import { base64Of } from '../lib/files.js';
import { useAction } from '../lib/use-action.js';

const PAGE = 24;

interface Props {
  personId: string;
  changed: number;
  onChange: () => void;
}

export function PersonFaces({ personId, changed, onChange }: Props) {
  const { client, may } = useApp();
  const [faces, setFaces] = useState<ShownFace[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const [loaded, setLoaded] = useState(false);
  const load = (pageToken: string | undefined) =>
    run(async () => {
      const page = await unwrap(
        client.GET('/api/v1/persons/{person_id}/faces', {
          params: { path: { person_id: personId }, query: { limit: PAGE, page_token: pageToken } },
        }),
      );
      setFaces((now) => (pageToken ? [...now, ...page.faces] : page.faces));
      setNext(page.next_page_token ?? null);
      setLoaded(true);
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page again after every change
  useEffect(() => {
    void load(undefined);
  }, [client, personId, changed]);
  return (
    <section className="card" aria-labelledby="faces-title">
      <h2 id="faces-title">Faces</h2>
      {may('operator') && <AddFace personId={personId} onAdded={onChange} />}
      {busy && <Busy />}
      <ErrorNote error={error} />
      {loaded && faces.length === 0 && <Empty>No face enrolled under this person yet.</Empty>}
      {faces.length > 0 && (
        <ul className="faces-grid" aria-label="Faces">
          {faces.map((face) => (
            <li key={face.face_id}>
              <FaceCard face={face} personId={personId} onChange={onChange} />
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" disabled={busy} onClick={() => void load(next)}>
          More faces
        </button>
      )}
    </section>
  );
}

function AddFace({ personId, onAdded }: { personId: string; onAdded: () => void }) {
  const { client } = useApp();
  const [file, setFile] = useState<File>();
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    void run(async () => {
      if (!file) return;
      const result = await unwrap(
        client.POST('/api/v1/faces/enroll', { body: { person_id: personId, image_data: await base64Of(file) } }),
      );
      const made = result.faces.filter((f) => f.created).length;
      setDone(made ? `Enrolled ${made} face${made > 1 ? 's' : ''}.` : 'This photo was already enrolled.');
      onAdded();
    });
  };
  return (
    <form onSubmit={submit} aria-label="Add a face" className="inline">
      <label>
        Photo of this person
        <input type="file" accept="image/*" onChange={(e) => setFile(e.target.files?.[0])} />
      </label>
      <button type="submit" className="primary" disabled={!file || busy}>
        Enroll face
      </button>
      {busy && <Busy label="Enrolling…" />}
      <Notice message={done} />
      <ErrorNote error={error} />
    </form>
  );
}
