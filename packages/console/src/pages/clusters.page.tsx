// Clusters: faces the platform grouped on its own (the cluster role), waiting for a name. The REST API has no
// list of clusters yet, so this page says so and what can already be done; a face in a wrong person moves
// from the person's page.
import { Link } from '../lib/router.js';

export function ClustersPage() {
  return (
    <section className="card" aria-labelledby="clusters-title">
      <h2 id="clusters-title">Unnamed clusters</h2>
      <p className="empty">
        This server's REST API does not list clusters yet. Faces it clusters on its own join persons as they are
        recognized; merge two persons from a <Link to="/">person's page</Link>.
      </p>
    </section>
  );
}
