import type { Config } from '@freeface/config';
import type { Logger, Metrics } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import type { FaceAnalyzer } from '@freeface/vision';

/** What the API needs; main.ts (or a test) builds them. */
export interface AppDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly storage: Storage;
  readonly analyzer: FaceAnalyzer;
}
