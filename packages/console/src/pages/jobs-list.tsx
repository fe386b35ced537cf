// Every async enrolment job (GET /faces/enroll/jobs), newest first, filtered by status and priority, a page
// at a time: the dead letters (status dead_lettered) with their reasons, and for operators a retry of one
// (POST /faces/enroll/jobs/{job_id}/retry), which is then followed until it ends.
import { useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { Pager, usePager } from '../components/pager.js';
import { Busy, Empty, ErrorNote, Notice } from '../components/status.js';
import { useAction } from '../lib/use-action.js';
import { useLoad } from '../lib/use-load.js';

export const JOB_STATUSES = ['queued', 'processing', 'completed', 'failed', 'dead_lettered'] as const;
export const JOB_PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
type Status = (typeof JOB_STATUSES)[number];
type Priority = (typeof JOB_PRIORITIES)[number];
const PAGE_SIZE = 20;

export function JobsList({ onRetried }: { onRetried: (jobId: string) => void }) {
  const { client, may } = useApp();
  const [status, setStatus] = useState<Status | ''>('');
  const [priority, setPriority] = useState<Priority | ''>('');
  const pager = usePager();
  const list = useLoad(
    () =>
      unwrap(
        client.GET('/api/v1/faces/enroll/jobs', {
          params: {
            query: {
              limit: PAGE_SIZE,
              page_token: pager.token,
              ...(status ? { status } : {}),
              ...(priority ? { priority } : {}),
            },
          },
        }),
      ),
    [client, pager.token, status, priority],
  );
  const retry = useAction();
  const [retried, setRetried] = useState<string>();
  const retryJob = (jobId: string) =>
    retry.run(async () => {
      setRetried(undefined);
      const job = await unwrap(
        client.POST('/api/v1/faces/enroll/jobs/{job_id}/retry', { params: { path: { job_id: jobId } } }),
      );
      setRetried(`Job ${job.job_id} is ${job.status} again; it is followed above.`);
      onRetried(job.job_id);
      list.reload();
    });
  const jobs = list.value?.jobs ?? [];
  return (
    <section className="card" aria-labelledby="all-jobs-title">
      <h2 id="all-jobs-title">All jobs</h2>
      <div className="inline">
        <label>
          Filter by status
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as Status | '');
              pager.reset();
            }}
          >
            <option value="">any</option>
            {JOB_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === 'dead_lettered' ? 'dead letters' : s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter by priority
          <select
            value={priority}
            onChange={(e) => {
              setPriority(e.target.value as Priority | '');
              pager.reset();
            }}
          >
            <option value="">any</option>
            {JOB_PRIORITIES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={list.reload} disabled={list.loading}>
          Refresh
        </button>
      </div>
      {list.loading && <Busy />}
      <ErrorNote error={list.error ?? retry.error} />
      <Notice message={retried} />
      {retry.busy && <Busy label="Retrying…" />}
      {!list.loading && list.value && jobs.length === 0 && (
        <Empty>{status || priority ? 'No job matches these filters.' : 'No job yet.'}</Empty>
      )}
      {jobs.length > 0 && (
        <div className="table-scroll">
          <table aria-label="Jobs">
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Status</th>
                <th scope="col">Priority</th>
                <th scope="col">Attempts</th>
                <th scope="col">Reason</th>
                <th scope="col">Queued</th>
                {may('operator') && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.job_id} data-testid="listed-job">
                  <th scope="row">
                    <code>{job.job_id}</code>
                  </th>
                  <td>{job.status}</td>
                  <td>{job.priority}</td>
                  <td>{job.attempts}</td>
                  <td>
                    {job.error && (
                      <span className="error">
                        {job.error.code}: {job.error.message}
                      </span>
                    )}
                  </td>
                  <td>{new Date(job.created_at).toLocaleString()}</td>
                  {may('operator') && (
                    <td>
                      {job.status === 'dead_lettered' && (
                        <button
                          type="button"
                          disabled={retry.busy}
                          aria-label={`Retry job ${job.job_id}`}
                          onClick={() => void retryJob(job.job_id)}
                        >
                          Retry
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager pager={pager} nextToken={list.value?.next_page_token} label="Pages of jobs" />
    </section>
  );
}
