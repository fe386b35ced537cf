import type { PersonClusterOperations } from '@freeface/clustering';
import type { Config } from '@freeface/config';
import type { OpenedEventBus } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import type { FaceAnalyzer } from '@freeface/vision';

/** What the API needs; the runtime's api role (or a test) builds them. */
export interface AppDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly storage: Storage;
  readonly analyzer: FaceAnalyzer;
  /** where enroll_async publishes its jobs and the face services their face events */
  readonly events: OpenedEventBus;
  /** merges and moves: the process's own clustering (embedded; the runtime shares it with the cluster role); left out: face-cluster over gRPC in the cluster profile */
  readonly clustering?: PersonClusterOperations | undefined;
}
