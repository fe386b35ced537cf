// Clusters: the persons clustering made on its own (metadata.source "face-cluster") that nobody has named yet.
// Name one and it becomes a person like any other (clustering leaves it alone from then on); merge clusters
// that are one person; a wrong face moves out from the cluster's page.
import { type FormEvent, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { Busy, Empty, ErrorNote, Notice } from '../components/status.js';
import { Link } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { useLoad } from '../lib/use-load.js';

/** what the cluster role writes in the metadata of the persons it makes */
export const CLUSTER_SOURCE = 'face-cluster';
const PAGES = 10;

interface Person {
  person_id: string;
  name?: string | null;
  external_id?: string | null;
  metadata?: Record<string, unknown> | null;
  created_at: string;
}

export const isUnnamedCluster = (p: Person): boolean =>
  p.metadata?.source === CLUSTER_SOURCE && !p.name && !p.external_id;

export function ClustersPage() {
  const { client, may } = useApp();
  const clusters = useLoad(async () => {
    const found: Person[] = [];
    let token: string | undefined;
    for (let page = 0; page < PAGES; page++) {
      const answer = await unwrap(
        client.GET('/api/v1/persons', { params: { query: { limit: 1000, page_token: token } } }),
      );
      found.push(...answer.persons.filter(isUnnamedCluster));
      token = answer.next_page_token ?? undefined;
      if (!token) break;
    }
    return found;
  }, [client]);
  const [selected, setSelected] = useState<string[]>([]);
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const merge = () =>
    run(async () => {
      const [into, ...from] = selected;
      for (const other of from)
        await unwrap(
          client.POST('/api/v1/persons/{person_id}/merge', {
            params: { path: { person_id: into as string } },
            body: { from_person_id: other },
          }),
        );
      setDone(`Merged ${from.length} cluster${from.length > 1 ? 's' : ''} into one.`);
      setSelected([]);
      clusters.reload();
    });

  const list = clusters.value ?? [];
  return (
    <section className="card" aria-labelledby="clusters-title">
      <h2 id="clusters-title">Unnamed clusters</h2>
      <p className="hint">
        Faces enrolled under no person are grouped on their own; a group of enough faces becomes a cluster here.
      </p>
      {clusters.loading && <Busy />}
      <ErrorNote error={clusters.error ?? error} />
      <Notice message={done} />
      {!clusters.loading && list.length === 0 && <Empty>No unnamed cluster: nothing waits for a name.</Empty>}
      {may('operator') && list.length > 1 && (
        <button type="button" disabled={selected.length < 2 || busy} onClick={() => void merge()}>
          Merge the selected clusters ({selected.length})
        </button>
      )}
      {busy && <Busy label="Merging…" />}
      <ul className="grid" aria-label="Clusters">
        {list.map((c) => (
          <li key={c.person_id} className="card" data-testid="cluster">
            <Link to={`/people/${encodeURIComponent(c.person_id)}`}>Cluster {c.person_id.slice(0, 8)}</Link>
            <span className="muted">since {new Date(c.created_at).toLocaleDateString()}</span>
            {may('operator') && (
              <>
                <label>
                  <span>
                    <input
                      type="checkbox"
                      checked={selected.includes(c.person_id)}
                      onChange={(e) =>
                        setSelected((now) =>
                          e.target.checked ? [...now, c.person_id] : now.filter((id) => id !== c.person_id),
                        )
                      }
                    />{' '}
                    select to merge
                  </span>
                </label>
                <NameCluster cluster={c} onNamed={clusters.reload} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function NameCluster({ cluster, onNamed }: { cluster: Person; onNamed: () => void }) {
  const { client } = useApp();
  const [name, setName] = useState('');
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await unwrap(
        client.PUT('/api/v1/persons/{person_id}', {
          params: { path: { person_id: cluster.person_id } },
          body: { name: name.trim(), metadata: cluster.metadata ?? {} },
        }),
      );
      onNamed();
    });
  };
  return (
    <form onSubmit={submit} aria-label={`Name cluster ${cluster.person_id.slice(0, 8)}`}>
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
