import type { PersonClusterOperations } from '@freeface/clustering';
import type { Config } from '@freeface/config';
import type { OpenedEventBus } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import type { FaceAnalyzer, ModelRegistry } from '@freeface/vision';
import type { ModelSwitch } from './services/model-switch.js';

/** What the API needs; the runtime's api role (or a test) builds them. */
export interface AppDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly storage: Storage;
  readonly analyzer: FaceAnalyzer;
  /** the models' licences and thresholds (GET /models) */
  readonly registry: Pick<ModelRegistry, 'entry'>;
  /** the active embedder and re-embedding (ModelSwitch.open, before the app is built) */
  readonly models: ModelSwitch;
  /** where enroll_async publishes its jobs and the face services their face events */
  readonly events: OpenedEventBus;
  /** merges and moves: the process's own clustering (embedded; the runtime shares it with the cluster role); left out: face-cluster over gRPC in the cluster profile */
  readonly clustering?: PersonClusterOperations | undefined;
}
