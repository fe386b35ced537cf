// Enroll one face of a recognized photo into an existing person or a new one: the face is cut out with a
// margin, so the enrolment finds that face and no other.
import { useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { PersonPicker, type Picked } from '../components/person-picker.js';
import { Busy, ErrorNote, Notice } from '../components/status.js';
import { type Box, base64Of, cropPng, grownBox, loadImage } from '../lib/files.js';
import { useAction } from '../lib/use-action.js';

export function EnrollFace({ file, bbox, onEnrolled }: { file: File; bbox: Box; onEnrolled: () => void }) {
  const { client } = useApp();
  const [open, setOpen] = useState(false);
  const [into, setInto] = useState<Picked>();
  const [newName, setNewName] = useState('');
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();

  const enroll = () =>
    run(async () => {
      const url = URL.createObjectURL(file);
      let crop: Blob;
      try {
        const image = await loadImage(url);
        crop = await cropPng(image, grownBox(bbox, image.naturalWidth, image.naturalHeight));
      } finally {
        URL.revokeObjectURL(url);
      }
      const person = into
        ? into
        : await unwrap(client.POST('/api/v1/persons', { body: { name: newName.trim() } })).then((p) => ({
            person_id: p.person_id,
            label: newName.trim(),
          }));
      await unwrap(
        client.POST('/api/v1/faces/enroll', {
          body: { person_id: person.person_id, image_data: await base64Of(crop) },
        }),
      );
      setDone(`Enrolled into ${person.label}.`);
      onEnrolled();
    });

  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Enroll this face…
      </button>
    );
  return (
    <fieldset className="enroll">
      <legend>Enroll this face</legend>
      <PersonPicker label="Into an existing person" value={into} onChange={setInto} />
      <label>
        or a new person named
        <input value={newName} disabled={!!into} onChange={(e) => setNewName(e.target.value)} />
      </label>
      <button
        type="button"
        className="primary"
        disabled={busy || (!into && !newName.trim())}
        onClick={() => void enroll()}
      >
        Enroll
      </button>
      {busy && <Busy label="Enrolling…" />}
      <Notice message={done} />
      <ErrorNote error={error} />
    </fieldset>
  );
}
