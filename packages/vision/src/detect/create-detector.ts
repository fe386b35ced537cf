import type { ModelRegistry } from '../models/model-registry.js';
import { modelSession } from '../onnx/model-session.js';
import type { OnnxSessions } from '../onnx/onnx-sessions.js';
import { ModelError } from '../vision-errors.js';
import { BLAZEFACE_DEFAULTS, BlazeFaceDetector } from './blazeface.detector.js';
import type { DetectorOptions, FaceDetector } from './face-detector.js';
import { RETINAFACE_DEFAULTS, RetinaFaceDetector, type RetinaFaceOptions } from './retinaface.detector.js';
import { SCRFD_DEFAULTS, scrfdDetector } from './scrfd.detector.js';
import { YUNET_DEFAULTS, yunetDetector } from './yunet.detector.js';

export interface DetectorDeps {
  readonly registry: ModelRegistry;
  readonly sessions: OnnxSessions;
}

/** The detector of a manifest model id (settings models.detector), its session loaded through the pool. */
export async function createDetector(
  id: string,
  { registry, sessions }: DetectorDeps,
  options: Partial<RetinaFaceOptions> = {},
): Promise<FaceDetector> {
  const entry = registry.entry(id);
  if (entry.task !== 'detect')
    throw new ModelError('MODEL_NOT_SUPPORTED', `model ${id} is an embedder, not a detector`);
  const session = await modelSession(id, { registry, sessions });
  const { layout, channelOrder, mean, std, width } = entry.input;
  const pixels = { layout, channelOrder, mean, std };
  switch (entry.architecture) {
    case 'retinaface':
      return new RetinaFaceDetector(id, session, pixels, { ...RETINAFACE_DEFAULTS, ...options });
    case 'blazeface': {
      if (width === null) throw new ModelError('MODEL_NOT_SUPPORTED', `BlazeFace model ${id} needs a fixed input size`);
      const blazeOptions: DetectorOptions = { ...BLAZEFACE_DEFAULTS, ...options };
      return new BlazeFaceDetector(id, session, width, pixels, blazeOptions);
    }
    case 'yunet':
    case 'scrfd': {
      if (width === null || width !== entry.input.height)
        throw new ModelError(
          'MODEL_NOT_SUPPORTED',
          `${entry.architecture} model ${id} needs a fixed square input size`,
        );
      if (entry.architecture === 'yunet')
        return yunetDetector(id, session, width, pixels, { ...YUNET_DEFAULTS, ...options });
      return scrfdDetector(id, session, width, pixels, { ...SCRFD_DEFAULTS, ...options });
    }
    default:
      throw new ModelError('MODEL_NOT_SUPPORTED', `no detector for architecture ${entry.architecture} (model ${id})`);
  }
}
