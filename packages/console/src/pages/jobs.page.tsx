// Jobs: asynchronous enrolments by status and priority, dead letters and retries.
import { Empty } from '../components/status.js';

export function JobsPage() {
  return <Empty>Jobs appear here once the API lists them.</Empty>;
}
