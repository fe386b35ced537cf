// One job in the table: its state, refreshed every two seconds until it is completed or failed.
import { useEffect } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { Link } from '../lib/router.js';
import { useLoad } from '../lib/use-load.js';

const POLL_MS = 2000;

export function JobRow({ jobId }: { jobId: string }) {
  const { client } = useApp();
  const job = useLoad(
    () => unwrap(client.GET('/api/v1/faces/enroll/status/{job_id}', { params: { path: { job_id: jobId } } })),
    [client, jobId],
  );
  const status = job.value?.status;
  const { reload } = job;
  useEffect(() => {
    if (status === 'completed' || status === 'failed' || job.error) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [status, job.error, reload]);

  const j = job.value;
  return (
    <tr data-testid="job-row">
      <th scope="row">
        <code>{jobId}</code>
      </th>
      <td role="status">{job.error ? 'unknown' : (status ?? 'loading…')}</td>
      <td>{j?.priority}</td>
      <td>{j?.attempts}</td>
      <td>
        {job.error && <span className="error">{job.error}</span>}
        {j?.error && (
          <span className="error">
            {j.error.code}: {j.error.message}
          </span>
        )}
        {status === 'completed' && j?.person_id && (
          <Link to={`/people/${encodeURIComponent(j.person_id)}`}>
            {j.face_ids?.length ?? 0} face(s) enrolled; see the person
          </Link>
        )}
      </td>
    </tr>
  );
}
