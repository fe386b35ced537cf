// A person's faces: add a face from a photo (enroll), and each face with its quality and source image, to
// move or delete. The REST API has no list of a person's faces yet: the faces shown are those enrolled here.
import { type FormEvent, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { FaceCard } from '../components/face-card.js';
import { Busy, ErrorNote, Notice } from '../components/status.js';
import { base64Of } from '../lib/files.js';
import { useAction } from '../lib/use-action.js';

interface Props {
  personId: string;
  changed: number;
  onChange: () => void;
}

export function PersonFaces({ personId, onChange }: Props) {
  const { may } = useApp();
  const [faces, setFaces] = useState<string[]>([]);
  const [gone, setGone] = useState<string[]>([]);
  const shown = faces.filter((f) => !gone.includes(f));
  return (
    <section className="card" aria-labelledby="faces-title">
      <h2 id="faces-title">Faces</h2>
      {may('operator') && (
        <AddFace
          personId={personId}
          onAdded={(ids) => {
            setFaces((now) => [...ids.filter((id) => !now.includes(id)), ...now]);
            onChange();
          }}
        />
      )}
      {shown.length > 0 && (
        <ul className="faces-grid" aria-label="Faces enrolled here">
          {shown.map((faceId) => (
            <li key={faceId}>
              <FaceCard
                faceId={faceId}
                personId={personId}
                onChange={() => {
                  setGone((now) => [...now, faceId]);
                  onChange();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AddFace({ personId, onAdded }: { personId: string; onAdded: (faceIds: string[]) => void }) {
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
      onAdded(result.faces.map((f) => f.face_id));
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
