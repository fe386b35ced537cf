// The models the platform runs, from GET /api/v1/models; an API without that route (older servers) gets a
// note instead of an error.
import { useApp } from '../app-context.js';
import { Busy, ErrorNote } from '../components/status.js';
import { useLoad } from '../lib/use-load.js';

type Row = Record<string, unknown>;

export function ModelsPanel() {
  const { client } = useApp();
  const models = useLoad(async () => {
    // not in every server's OpenAPI document yet: called by name, its answer read as rows
    const get = client.GET as unknown as (path: string) => Promise<{ data?: unknown; response: Response }>;
    const { data, response } = await get('/api/v1/models');
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`models: ${response.status} ${response.statusText}`);
    const body = (data as { data?: unknown })?.data ?? data;
    const list = Array.isArray(body) ? body : ((body as { models?: unknown[] })?.models ?? []);
    return list as Row[];
  }, [client]);
  const columns = [...new Set((models.value ?? []).flatMap((m) => Object.keys(m)))].slice(0, 8);
  return (
    <section className="card" aria-labelledby="models-title">
      <h2 id="models-title">Models</h2>
      {models.loading && <Busy />}
      <ErrorNote error={models.error} />
      {!models.loading && !models.error && models.value === undefined && (
        <p className="muted">This server does not list its models (no GET /api/v1/models).</p>
      )}
      {models.value && (
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {models.value.map((m, i) => (
              <tr key={String(m.id ?? i)}>
                {columns.map((c) => (
                  <td key={c}>{typeof m[c] === 'object' ? JSON.stringify(m[c]) : String(m[c] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
