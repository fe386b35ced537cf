// Verify: two photos side by side, and whether they show the same person (POST /faces/verify).
import { useEffect, useMemo, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { FileDrop } from '../components/file-drop.js';
import { Busy, ErrorNote } from '../components/status.js';
import { base64Of } from '../lib/files.js';
import { useAction } from '../lib/use-action.js';

function Preview({ file, label }: { file: File | undefined; label: string }) {
  const url = useMemo(() => (file ? URL.createObjectURL(file) : undefined), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url ? <img className="preview" src={url} alt={label} /> : <div className="preview empty">{label}</div>;
}

export function VerifyPanel() {
  const { client } = useApp();
  const [left, setLeft] = useState<File>();
  const [right, setRight] = useState<File>();
  const [answer, setAnswer] = useState<{ similarity: number; threshold: number; is_match: boolean }>();
  const { busy, error, run } = useAction();
  const verify = () =>
    run(async () => {
      if (!left || !right) return;
      setAnswer(
        await unwrap(
          client.POST('/api/v1/faces/verify', {
            body: { image_data: await base64Of(left), reference_image_data: await base64Of(right) },
          }),
        ),
      );
    });
  return (
    <section className="card" aria-labelledby="verify-title">
      <h2 id="verify-title">Verify: same person?</h2>
      <div className="side-by-side">
        <div>
          <FileDrop
            label="First photo"
            onFiles={(f) => {
              setLeft(f[0]);
              setAnswer(undefined);
            }}
          />
          <Preview file={left} label="first photo" />
        </div>
        <div>
          <FileDrop
            label="Second photo"
            onFiles={(f) => {
              setRight(f[0]);
              setAnswer(undefined);
            }}
          />
          <Preview file={right} label="second photo" />
        </div>
      </div>
      <button type="button" className="primary" disabled={!left || !right || busy} onClick={() => void verify()}>
        Verify
      </button>
      {busy && <Busy label="Comparing…" />}
      <ErrorNote error={error} />
      {answer && (
        <p role="status" className={answer.is_match ? 'match' : 'no-match'}>
          {answer.is_match ? 'Same person' : 'Not the same person'}: similarity {answer.similarity.toFixed(3)}{' '}
          (threshold {answer.threshold.toFixed(3)})
        </p>
      )}
    </section>
  );
}
