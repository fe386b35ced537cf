// Which embedder answers (the active one, whose index holds every face) and the last re-embedding's progress,
// kept as one small JSON document in the object store: every process of both profiles shares that store (a
// folder, or S3), so a restart and the other API replicas read what a re-embedding decided.
import type { ObjectStore } from '@freeface/storage';

export interface EmbedderRef {
  readonly id: string;
  readonly dimension: number;
}

export type ReindexStatus = 'running' | 'completed' | 'failed';

export interface ReindexProgress {
  readonly from: EmbedderRef;
  readonly to: EmbedderRef;
  readonly status: ReindexStatus;
  /** faces to re-embed: those of the old model's index when the run started */
  readonly total: number;
  /** faces whose vector the new index holds */
  readonly done: number;
  /** faces left out: their image is gone, or no face was found at their box */
  readonly skipped: number;
  readonly startedAt: string;
  readonly finishedAt?: string | undefined;
  readonly error?: string | undefined;
}

export interface EmbedderState {
  readonly active: EmbedderRef;
  readonly reindex?: ReindexProgress | undefined;
}

export const EMBEDDER_STATE_KEY = 'freeface/embedder-state.json';

export class EmbedderStateStore {
  constructor(private readonly objects: ObjectStore) {}

  async read(): Promise<EmbedderState | undefined> {
    const object = await this.objects.get(EMBEDDER_STATE_KEY);
    if (!object) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as EmbedderState;
  }

  async write(state: EmbedderState): Promise<void> {
    await this.objects.put(EMBEDDER_STATE_KEY, Buffer.from(JSON.stringify(state)), 'application/json');
  }
}
