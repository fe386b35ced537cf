// Why a face's quality is what it is: on request, the photo goes to POST /faces/detect, whose answer names the
// reasons per face; the face is the detected one its box overlaps most.
import { useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { Busy, ErrorNote } from '../components/status.js';
import { type Box, base64Of, overlap } from '../lib/files.js';
import { useAction } from '../lib/use-action.js';

export function QualityReasons({ file, bbox, given }: { file: File; bbox: Box; given?: string[] | undefined }) {
  const { client } = useApp();
  const [reasons, setReasons] = useState<string[] | undefined>(given);
  const { busy, error, run } = useAction();
  if (reasons)
    return <span className="reasons">{reasons.length ? ` (${reasons.join(', ')})` : ' (no quality concern)'}</span>;
  const ask = () =>
    run(async () => {
      const detected = await unwrap(
        client.POST('/api/v1/faces/detect', { body: { image_data: await base64Of(file) } }),
      );
      const best = detected.faces.reduce<{ score: number; reasons: string[] }>(
        (top, f) => {
          const score = overlap(f.bbox, bbox);
          return score > top.score ? { score, reasons: f.quality_reasons } : top;
        },
        { score: 0, reasons: [] },
      );
      setReasons(best.reasons);
    });
  return (
    <>
      {' '}
      <button type="button" className="link" onClick={() => void ask()} disabled={busy}>
        Why?
      </button>
      {busy && <Busy label="Checking the quality…" />}
      <ErrorNote error={error} />
    </>
  );
}
