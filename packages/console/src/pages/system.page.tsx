// System: each backend's health, the models (when the API has GET /models), key metrics; for admins, users
// and API keys.
import { answered, apiErrorOf } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { Busy, Empty, ErrorNote } from '../components/status.js';
import { keyFigures, type MetricFamily } from '../lib/metrics.js';
import { useLoad } from '../lib/use-load.js';
import { ApiKeysPanel } from './api-keys.panel.js';
import { ModelsPanel } from './models.panel.js';
import { UsersPanel } from './users.panel.js';

export function SystemPage() {
  const { may } = useApp();
  return (
    <>
      <HealthPanel />
      <ModelsPanel />
      {may('admin') && <MetricsPanel />}
      {may('admin') && <UsersPanel />}
      {may('admin') && <ApiKeysPanel />}
    </>
  );
}

function HealthPanel() {
  const { client } = useApp();
  const health = useLoad(async () => {
    const { data, error } = await answered(client.GET('/api/v1/health/ready'));
    const answer = data ?? (error as unknown as typeof data);
    if (!answer?.checks) throw new Error('the health check did not answer');
    return answer;
  }, [client]);
  return (
    <section className="card" aria-labelledby="health-title">
      <h2 id="health-title">Health</h2>
      {health.loading && <Busy />}
      <ErrorNote error={health.error} />
      {health.value && (
        <>
          <p>
            The platform is <strong>{health.value.status === 'ready' ? 'ready' : 'not ready'}</strong>.
          </p>
          <table>
            <caption className="sr-only">Backends</caption>
            <thead>
              <tr>
                <th scope="col">Backend</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(health.value.checks).map(([name, state]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td className={state === 'ok' ? 'ok' : 'bad'}>{state}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button type="button" onClick={health.reload}>
        Check again
      </button>
    </section>
  );
}

function MetricsPanel() {
  const { client } = useApp();
  const metrics = useLoad(async () => {
    const answer = await answered(client.GET('/api/v1/metrics'));
    if (!answer.response.ok) throw apiErrorOf(answer.error, answer.response);
    const body = answer.data as unknown;
    const families = (Array.isArray(body) ? body : (body as { data: unknown }).data) as MetricFamily[];
    return keyFigures(families);
  }, [client]);
  return (
    <section className="card" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Key metrics</h2>
      {metrics.loading && <Busy />}
      <ErrorNote error={metrics.error} />
      {metrics.value?.length === 0 && <Empty>Nothing counted yet.</Empty>}
      {!!metrics.value?.length && (
        <table>
          <caption className="sr-only">Counters and gauges since the process started</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {metrics.value.map((m) => (
              <tr key={m.name}>
                <th scope="row" title={m.help}>
                  {m.name.replace(/^freeface_/, '')}
                </th>
                <td>{m.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={metrics.reload}>
        Refresh
      </button>
    </section>
  );
}
