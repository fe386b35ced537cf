import type { Config } from '@freeface/config';
import type { Logger } from '@freeface/observability';
import { createFaceAnalyzer, type FaceAnalyzer } from './face-analyzer.js';
import { ModelRegistry } from './models/model-registry.js';
import { OnnxSessions } from './onnx/onnx-sessions.js';

export interface Vision {
  readonly analyzer: FaceAnalyzer;
  readonly registry: ModelRegistry;
  readonly sessions: OnnxSessions;
  close(): Promise<void>;
}

/** The models the settings choose, loaded once: what a service that sees faces needs. */
export async function openVision(
  config: Pick<Config, 'models' | 'images' | 'quality' | 'matching'>,
  logger: Logger,
): Promise<Vision> {
  const registry = ModelRegistry.load(config.models.dir);
  const sessions = new OnnxSessions(config.models, logger);
  const analyzer = await createFaceAnalyzer(config, { registry, sessions });
  return { analyzer, registry, sessions, close: async () => sessions.close() };
}
