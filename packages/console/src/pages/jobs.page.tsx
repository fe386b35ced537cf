// Jobs: asynchronous enrolments. Queue a photo with a priority and follow the job until it is done or has
// failed (with the reason); look any job up by its id; every job by status and priority, the dead letters
// with their reasons, and a retry of one (operators).
import { type FormEvent, useEffect, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { PersonPicker, type Picked } from '../components/person-picker.js';
import { Busy, Empty, ErrorNote } from '../components/status.js';
import { base64Of } from '../lib/files.js';
import { useAction } from '../lib/use-action.js';
import { JobRow } from './job-row.js';
import { JOB_PRIORITIES, JobsList } from './jobs-list.js';

type Priority = (typeof JOB_PRIORITIES)[number];
/** the jobs this browser queued or looked up, newest first, kept for the session */
const JOBS_KEY = 'freeface.jobs';

export function JobsPage() {
  const { may } = useApp();
  const [jobs, setJobs] = useState<string[]>(() => JSON.parse(sessionStorage.getItem(JOBS_KEY) ?? '[]'));
  useEffect(() => sessionStorage.setItem(JOBS_KEY, JSON.stringify(jobs)), [jobs]);
  const follow = (jobId: string) => setJobs((now) => [jobId, ...now.filter((j) => j !== jobId)].slice(0, 50));
  return (
    <>
      {may('operator') && <QueueEnrollment onQueued={follow} />}
      <LookUp onFound={follow} />
      <section className="card" aria-labelledby="jobs-title">
        <h2 id="jobs-title">Jobs followed here</h2>
        {jobs.length === 0 && <Empty>No job yet: queue a photo above, or look a job up by its id.</Empty>}
        {jobs.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Status</th>
                <th scope="col">Priority</th>
                <th scope="col">Attempts</th>
                <th scope="col">Result or reason</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((jobId) => (
                <JobRow key={jobId} jobId={jobId} />
              ))}
            </tbody>
          </table>
        )}
        {jobs.length > 0 && (
          <button type="button" onClick={() => setJobs([])}>
            Forget these jobs
          </button>
        )}
      </section>
      <JobsList onRetried={follow} />
    </>
  );
}

function QueueEnrollment({ onQueued }: { onQueued: (jobId: string) => void }) {
  const { client } = useApp();
  const [person, setPerson] = useState<Picked>();
  const [file, setFile] = useState<File>();
  const [priority, setPriority] = useState<Priority>('normal');
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (!file || !person) return;
      const job = await unwrap(
        client.POST('/api/v1/faces/enroll_async', {
          body: { person_id: person.person_id, image_data: await base64Of(file), priority },
        }),
      );
      onQueued(job.job_id);
    });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="queue-title">
      <h2 id="queue-title">Queue an enrolment</h2>
      <PersonPicker label="Person" value={person} onChange={setPerson} />
      <div className="inline">
        <label>
          Photo
          <input type="file" accept="image/*" onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <label>
          Priority
          <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {JOB_PRIORITIES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy || !file || !person}>
          Queue
        </button>
      </div>
      {busy && <Busy label="Queueing…" />}
      <ErrorNote error={error} />
    </form>
  );
}

function LookUp({ onFound }: { onFound: (jobId: string) => void }) {
  const { client } = useApp();
  const [jobId, setJobId] = useState('');
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const job = await unwrap(
        client.GET('/api/v1/faces/enroll/status/{job_id}', { params: { path: { job_id: jobId.trim() } } }),
      );
      onFound(job.job_id);
      setJobId('');
    });
  };
  return (
    <form className="card inline" onSubmit={submit} aria-label="Look up a job">
      <label>
        Job id
        <input required value={jobId} onChange={(e) => setJobId(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        Look up
      </button>
      {busy && <Busy label="Looking up…" />}
      <ErrorNote error={error} />
    </form>
  );
}
