import type { FaceCluster } from '@freeface/domain';
import { type ClusterRepository, SerialQueue } from '@freeface/storage';

/**
 * The clusters of one model, in memory, written through to the clusters repository. face-cluster is the one
 * writer of cluster state (in the cluster profile its own process; embedded, the one process), so the book
 * is loaded once and then kept in step by every change going through it.
 */
export class ClusterBook {
  private readonly clusters = new Map<string, FaceCluster>();
  private readonly byFace = new Map<string, string>();

  constructor(
    readonly model: string,
    private readonly repository: ClusterRepository,
  ) {}

  async load(): Promise<void> {
    this.clusters.clear();
    this.byFace.clear();
    for (const cluster of await this.repository.listByModel(this.model)) this.remember(cluster);
  }

  list(): FaceCluster[] {
    return [...this.clusters.values()];
  }

  get(id: string): FaceCluster | undefined {
    return this.clusters.get(id);
  }

  clusterOf(faceId: string): FaceCluster | undefined {
    const id = this.byFace.get(faceId);
    return id === undefined ? undefined : this.clusters.get(id);
  }

  ofPerson(personId: string): FaceCluster[] {
    return this.list().filter((c) => c.personId === personId);
  }

  /** stores the cluster (an empty one is deleted instead) */
  async save(cluster: FaceCluster): Promise<void> {
    if (cluster.faceIds.length === 0) return this.drop(cluster.id);
    await this.repository.put(cluster);
    this.forget(cluster.id);
    this.remember(cluster);
  }

  async drop(id: string): Promise<void> {
    await this.repository.delete(id);
    this.forget(id);
  }

  private remember(cluster: FaceCluster): void {
    this.clusters.set(cluster.id, cluster);
    for (const faceId of cluster.faceIds) this.byFace.set(faceId, cluster.id);
  }

  private forget(id: string): void {
    const old = this.clusters.get(id);
    if (!old) return;
    this.clusters.delete(id);
    for (const faceId of old.faceIds) if (this.byFace.get(faceId) === id) this.byFace.delete(faceId);
  }
}

/** One book per model, each loaded on first use; the work on one model runs one task at a time. */
export class ClusterBooks {
  private readonly books = new Map<string, { book: ClusterBook; queue: SerialQueue; loaded?: Promise<void> }>();

  constructor(private readonly repository: ClusterRepository) {}

  /** Runs `work` on the model's book once everything queued before it on that model has run. */
  with<T>(model: string, work: (book: ClusterBook) => Promise<T>): Promise<T> {
    let entry = this.books.get(model);
    if (!entry) {
      entry = { book: new ClusterBook(model, this.repository), queue: new SerialQueue() };
      this.books.set(model, entry);
    }
    const { book, queue } = entry;
    const current = entry;
    return queue.run(async () => {
      current.loaded ??= book.load();
      try {
        await current.loaded;
      } catch (error) {
        current.loaded = undefined; // try again next time
        throw error;
      }
      return work(book);
    });
  }

  /** Models seen so far (loaded or being loaded). */
  models(): string[] {
    return [...this.books.keys()];
  }
}
