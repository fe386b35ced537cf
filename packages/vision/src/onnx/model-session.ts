import type * as ort from 'onnxruntime-node';
import type { ModelRegistry } from '../models/model-registry.js';
import { ModelError } from '../vision-errors.js';
import type { OnnxSessions } from './onnx-sessions.js';

/**
 * The onnxruntime session of model `id`: its weights located (and checked, where the manifest has a hash), then
 * loaded through the pool. A file onnxruntime cannot read is a MODEL_UNREADABLE that names the file and the
 * command that gets a good one.
 */
export async function modelSession(
  id: string,
  { registry, sessions }: { readonly registry: ModelRegistry; readonly sessions: OnnxSessions },
): Promise<ort.InferenceSession> {
  const path = await registry.weightsPath(id);
  try {
    return await sessions.get(id, path);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ModelError(
      'MODEL_UNREADABLE',
      `model ${id} at ${path} cannot be loaded (${reason}): ${registry.remedy(id)}`,
      { cause: error },
    );
  }
}
