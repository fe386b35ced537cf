// Clusters: faces the platform grouped on its own, waiting for a name.
import { Empty } from '../components/status.js';

export function ClustersPage() {
  return <Empty>Clusters appear here once the API lists them.</Empty>;
}
