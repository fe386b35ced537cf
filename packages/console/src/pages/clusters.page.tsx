// Clusters: the groups of faces clustering made that nobody has named yet (GET /clusters, largest first, a
// page at a time), each with sample faces. Name one and it becomes a person (POST /clusters/{cluster_id}/person);
// take a face that does not belong out of it (POST /clusters/{cluster_id}/faces/{face_id}/move_out); merge it
// into another cluster of the page (POST /clusters/{cluster_id}/merge).
import { type FormEvent, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { FaceThumbnail } from '../components/api-image.js';
import { Pager, usePager } from '../components/pager.js';
import { Busy, Empty, ErrorNote } from '../components/status.js';
import { Link } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { useLoad } from '../lib/use-load.js';

const PAGE_SIZE = 12;
/** sample faces shown per cluster */
const SAMPLES = 6;

interface Cluster {
  cluster_id: string;
  person_id: string | null;
  face_count: number;
  sample_faces: Array<{ face_id: string }>;
}

export const clusterLabel = (c: { cluster_id: string }) => `Cluster ${c.cluster_id.slice(0, 8)}`;

export function ClustersPage() {
  const { client } = useApp();
  const pager = usePager();
  const clusters = useLoad(
    () =>
      unwrap(
        client.GET('/api/v1/clusters', {
          params: { query: { limit: PAGE_SIZE, samples: SAMPLES, page_token: pager.token } },
        }),
      ),
    [client, pager.token],
  );
  const [done, setDone] = useState<{ text: string; personId?: string }>();
  const changed = (text: string, personId?: string) => {
    setDone({ text, ...(personId ? { personId } : {}) });
    clusters.reload();
  };
  const list = clusters.value?.clusters ?? [];
  return (
    <section className="card" aria-labelledby="clusters-title">
      <h2 id="clusters-title">Unnamed clusters</h2>
      <p className="hint">
        Faces enrolled under no person are grouped by likeness; each group waits here for a name, largest first. Two
        clusters of the same face merge into one; two clusters already named are merged as persons, on a person page.
      </p>
      {clusters.loading && <Busy />}
      <ErrorNote error={clusters.error} />
      {done && (
        <p className="notice" role="status">
          {done.text} {done.personId && <Link to={`/people/${encodeURIComponent(done.personId)}`}>See the person</Link>}
        </p>
      )}
      {!clusters.loading && clusters.value && list.length === 0 && (
        <Empty>No unnamed cluster: nothing waits for a name.</Empty>
      )}
      <ul className="grid clusters" aria-label="Clusters">
        {list.map((c) => (
          <li key={c.cluster_id}>
            <ClusterCard cluster={c} others={list.filter((o) => o.cluster_id !== c.cluster_id)} onChange={changed} />
          </li>
        ))}
      </ul>
      <Pager pager={pager} nextToken={clusters.value?.next_page_token} label="Pages of clusters" />
    </section>
  );
}

function ClusterCard({
  cluster: c,
  others,
  onChange,
}: {
  cluster: Cluster;
  /** the other clusters of the page: what it may merge into */
  others: Cluster[];
  onChange: (text: string, personId?: string) => void;
}) {
  const { client, may } = useApp();
  const moveOut = useAction();
  const move = (faceId: string) =>
    moveOut.run(async () => {
      await unwrap(
        client.POST('/api/v1/clusters/{cluster_id}/faces/{face_id}/move_out', {
          params: { path: { cluster_id: c.cluster_id, face_id: faceId } },
        }),
      );
      onChange(`The face ${faceId.slice(0, 8)} left ${clusterLabel(c)}: it is in a cluster of its own.`);
    });
  return (
    <article className="card cluster" aria-label={clusterLabel(c)} data-testid="cluster">
      <h3>{clusterLabel(c)}</h3>
      <span className="muted">
        {c.face_count} face{c.face_count === 1 ? '' : 's'}
        {c.person_id ? ', made a person by clustering' : ', waiting for more faces'}
      </span>
      <ul className="samples" aria-label={`Sample faces of ${clusterLabel(c)}`}>
        {c.sample_faces.map((f) => (
          <li key={f.face_id} data-testid="sample-face">
            <FaceThumbnail faceId={f.face_id} label={`face ${f.face_id}`} size={72} />
            {may('operator') && c.face_count > 1 && (
              <button
                type="button"
                disabled={moveOut.busy}
                aria-label={`Move face ${f.face_id} out`}
                onClick={() => void move(f.face_id)}
              >
                Move out
              </button>
            )}
          </li>
        ))}
      </ul>
      {moveOut.busy && <Busy label="Moving the face out…" />}
      <ErrorNote error={moveOut.error} />
      {may('operator') && <NameCluster cluster={c} onNamed={onChange} />}
      {may('operator') && others.length > 0 && <MergeCluster cluster={c} others={others} onMerged={onChange} />}
    </article>
  );
}

function NameCluster({ cluster, onNamed }: { cluster: Cluster; onNamed: (text: string, personId: string) => void }) {
  const { client } = useApp();
  const [name, setName] = useState('');
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const named = await unwrap(
        client.POST('/api/v1/clusters/{cluster_id}/person', {
          params: { path: { cluster_id: cluster.cluster_id } },
          body: { name: name.trim() },
        }),
      );
      onNamed(
        `${clusterLabel(cluster)} is now ${name.trim()}, with ${named.assigned_faces} face${named.assigned_faces === 1 ? '' : 's'}.`,
        named.person_id,
      );
    });
  };
  return (
    <form onSubmit={submit} aria-label={`Name ${clusterLabel(cluster)}`}>
      <label>
        Name
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy || !name.trim()}>
        Name it
      </button>
      {busy && <Busy label="Naming…" />}
      <ErrorNote error={error} />
    </form>
  );
}

/** Merges the cluster into one of the others picked: its faces join that one, and it goes. */
function MergeCluster({
  cluster,
  others,
  onMerged,
}: {
  cluster: Cluster;
  others: Cluster[];
  onMerged: (text: string, personId?: string) => void;
}) {
  const { client } = useApp();
  const [intoId, setIntoId] = useState('');
  const { busy, error, run } = useAction();
  const into = others.find((o) => o.cluster_id === intoId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!into) return;
    void run(async () => {
      const merged = await unwrap(
        client.POST('/api/v1/clusters/{cluster_id}/merge', {
          params: { path: { cluster_id: into.cluster_id } },
          body: { from_cluster_id: cluster.cluster_id },
        }),
      );
      onMerged(
        `${clusterLabel(cluster)} merged into ${clusterLabel(into)}: ${merged.merged_faces} face${merged.merged_faces === 1 ? '' : 's'} joined it.`,
        merged.person_id ?? undefined,
      );
    });
  };
  return (
    <form onSubmit={submit} aria-label={`Merge ${clusterLabel(cluster)}`}>
      <label>
        Merge into…
        <select value={intoId} onChange={(e) => setIntoId(e.target.value)}>
          <option value="">another cluster</option>
          {others.map((o) => (
            <option key={o.cluster_id} value={o.cluster_id}>
              {clusterLabel(o)} ({o.face_count} face{o.face_count === 1 ? '' : 's'})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy || !into}>
        Merge
      </button>
      {busy && <Busy label="Merging…" />}
      <ErrorNote error={error} />
    </form>
  );
}
