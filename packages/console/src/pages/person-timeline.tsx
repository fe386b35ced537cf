// A person's timeline: their appearances, newest first, a page at a time, and those with a place on a map.
import { useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { AppearanceMap, type MapPoint } from '../components/appearance-map.js';
import { Busy, Empty, ErrorNote } from '../components/status.js';
import { useLoad } from '../lib/use-load.js';

export function PersonTimeline({ personId, changed }: { personId: string; changed: number }) {
  const { client } = useApp();
  const [token, setToken] = useState<string>();
  const timeline = useLoad(
    () =>
      unwrap(
        client.GET('/api/v1/persons/{person_id}/timeline', {
          params: { path: { person_id: personId }, query: { limit: 50, page_token: token } },
        }),
      ),
    [client, personId, token, changed],
  );
  const appearances = timeline.value?.appearances ?? [];
  const points: MapPoint[] = appearances.flatMap((a) =>
    a.location ? [{ ...a.location, id: a.appearance_id, label: new Date(a.seen_at).toLocaleString() }] : [],
  );
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {timeline.loading && <Busy />}
      <ErrorNote error={timeline.error} />
      {!timeline.loading && appearances.length === 0 && (
        <Empty>No appearances yet: recognizing a photo of this person records one.</Empty>
      )}
      {appearances.length > 0 && (
        <ol className="timeline" aria-label="Appearances, newest first">
          {appearances.map((a) => (
            <li key={a.appearance_id}>
              <time dateTime={a.seen_at}>{new Date(a.seen_at).toLocaleString()}</time>{' '}
              {a.source_id && <span>at {a.source_id}</span>}{' '}
              {a.location && (
                <span className="muted">
                  ({a.location.lat.toFixed(5)}, {a.location.lon.toFixed(5)})
                </span>
              )}{' '}
              <span className="muted">similarity {a.similarity.toFixed(2)}</span>
            </li>
          ))}
        </ol>
      )}
      {timeline.value?.next_page_token && (
        <button type="button" onClick={() => setToken(timeline.value?.next_page_token ?? undefined)}>
          Older
        </button>
      )}
      <h3>Appearances on a map</h3>
      <AppearanceMap points={points} />
    </section>
  );
}
