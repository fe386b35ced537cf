// One face of a person: its thumbnail (GET /faces/{face_id}/thumbnail), its quality, the source image itself, and
// for operators a move to another person and a delete.
import { useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { FaceThumbnail, useImageUrl } from './api-image.js';
import { ConfirmButton } from './confirm-button.js';
import { PersonPicker, type Picked } from './person-picker.js';
import { Busy, ErrorNote } from './status.js';

function SourceImage({ imageId }: { imageId: string }) {
  const [open, setOpen] = useState(false);
  const { url } = useImageUrl(open ? imageId : undefined);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Source image
      </button>
    );
  return url ? (
    <a href={url} target="_blank" rel="noreferrer">
      Open the source image
    </a>
  ) : (
    <Busy label="Fetching the image…" />
  );
}

/** what a face card shows of a face (as GET /persons/{person_id}/faces lists it) */
export interface ShownFace {
  face_id: string;
  image_id: string;
  quality: number;
  detection_score: number;
}

export function FaceCard({ face: f, personId, onChange }: { face: ShownFace; personId: string; onChange: () => void }) {
  const { client, may } = useApp();
  const faceId = f.face_id;
  const [to, setTo] = useState<Picked>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const act = (label: string, action: () => Promise<unknown>) => {
    setBusy(label);
    setError(undefined);
    action()
      .then(onChange, (e: unknown) => setError((e as Error).message))
      .finally(() => setBusy(undefined));
  };
  return (
    <article className="face-card" aria-label={`Face ${faceId}`} data-testid="face-card">
      <FaceThumbnail faceId={faceId} label={`face ${faceId}`} />
      <span>quality {f.quality.toFixed(2)}</span>
      <span className="muted">detection {f.detection_score.toFixed(2)}</span>
      <SourceImage imageId={f.image_id} />
      {may('operator') && (
        <>
          <PersonPicker label="Move to" exclude={personId} value={to} onChange={setTo} />
          <button
            type="button"
            disabled={!to || !!busy}
            onClick={() =>
              act('Moving…', () =>
                unwrap(
                  client.POST('/api/v1/faces/{face_id}/move', {
                    params: { path: { face_id: faceId } },
                    body: { person_id: to?.person_id as string },
                  }),
                ),
              )
            }
          >
            Move face
          </button>
          <ConfirmButton
            label="Delete face"
            title="Delete this face?"
            confirmLabel="Delete"
            disabled={!!busy}
            onConfirm={() =>
              act('Deleting…', () =>
                unwrap(client.DELETE('/api/v1/faces/{face_id}', { params: { path: { face_id: faceId } } })),
              )
            }
          >
            <p>The face and its embedding go; its image too, unless another face uses it.</p>
          </ConfirmButton>
        </>
      )}
      {busy && <Busy label={busy} />}
      <ErrorNote error={error} />
    </article>
  );
}
