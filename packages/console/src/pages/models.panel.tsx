// The models the platform runs, their indexes' face counts and a re-embedding's progress, from GET
// /api/v1/models; a server without that route (404) gets a note instead of an error. The route is newer than
// this server's generated client, so its answer is read defensively here rather than typed by it.
import { useEffect } from 'react';
import { answered, apiErrorOf } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { Busy, ErrorNote } from '../components/status.js';
import { useLoad } from '../lib/use-load.js';

interface Model {
  id?: string;
  licence?: string;
  dimension?: number;
  match_threshold?: number;
}
interface Reindex {
  from_model?: string;
  to_model?: string;
  status?: string;
  total?: number;
  done?: number;
  skipped?: number;
  error?: string | null;
}
interface ModelsView {
  detector?: Model;
  embedder?: Model;
  configured_embedder?: string;
  pending?: { model?: string; missing_faces?: number } | null;
  indexes?: { model?: string; faces?: number }[];
  reindex?: Reindex | null;
}

const POLL_MS = 3000;

export function ModelsPanel() {
  const { client } = useApp();
  const models = useLoad(async () => {
    const get = client.GET as unknown as (
      path: string,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const answer = await answered(get('/api/v1/models'));
    if (answer.response.status === 404) return undefined;
    if (!answer.response.ok) throw apiErrorOf(answer.error, answer.response);
    return ((answer.data as { data?: unknown })?.data ?? {}) as ModelsView;
  }, [client]);
  const running = models.value?.reindex?.status === 'running';
  const { reload } = models;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, reload]);

  const m = models.value;
  return (
    <section className="card" aria-labelledby="models-title">
      <h2 id="models-title">Models</h2>
      {models.loading && !m && <Busy />}
      <ErrorNote error={models.error} />
      {!models.loading && !models.error && m === undefined && (
        <p className="muted">This server does not list its models (no GET /api/v1/models).</p>
      )}
      {m && (
        <>
          <dl className="facts">
            <dt>Detector</dt>
            <dd>
              {m.detector?.id} <span className="muted">({m.detector?.licence})</span>
            </dd>
            <dt>Embedder</dt>
            <dd>
              {m.embedder?.id} <span className="muted">({m.embedder?.licence})</span>, {m.embedder?.dimension}{' '}
              dimensions, match from {m.embedder?.match_threshold?.toFixed(3)}
            </dd>
            {m.configured_embedder && m.configured_embedder !== m.embedder?.id && (
              <>
                <dt>Configured</dt>
                <dd>
                  {m.configured_embedder}
                  {m.pending && ` (lacks ${m.pending.missing_faces} faces: a re-embedding fills it)`}
                </dd>
              </>
            )}
          </dl>
          {!!m.indexes?.length && (
            <table>
              <caption className="sr-only">Faces in each embedder's index</caption>
              <thead>
                <tr>
                  <th scope="col">Index (embedder)</th>
                  <th scope="col">Faces</th>
                </tr>
              </thead>
              <tbody>
                {m.indexes.map((i) => (
                  <tr key={i.model}>
                    <th scope="row">{i.model}</th>
                    <td>{i.faces}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {m.reindex && <ReindexProgress run={m.reindex} />}
        </>
      )}
    </section>
  );
}

function ReindexProgress({ run }: { run: Reindex }) {
  const label = `Re-embedding ${run.from_model} into ${run.to_model}: ${run.status}`;
  return (
    <div>
      <label>
        {label}, {run.done ?? 0} of {run.total ?? 0} faces{run.skipped ? ` (${run.skipped} skipped)` : ''}
        <progress value={run.done ?? 0} max={Math.max(run.total ?? 0, 1)} />
      </label>
      {run.error && <p className="error">{run.error}</p>}
    </div>
  );
}
