// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { ModelTask as _freeface_extractor_v1_ModelTask, ModelTask__Output as _freeface_extractor_v1_ModelTask__Output } from '../../../freeface/extractor/v1/ModelTask.js';

export interface ModelInfo {
  /**
   * as in models/manifest.json, e.g. "dlib-resnet-128"
   */
  'id'?: (string);
  'task'?: (_freeface_extractor_v1_ModelTask);
  /**
   * e.g. "retinaface", "dlib-resnet"
   */
  'architecture'?: (string);
  'description'?: (string);
  /**
   * whether the weights are on this server; a missing model fails with FAILED_PRECONDITION when asked for
   */
  'present'?: (boolean);
  /**
   * embedding length (embedders only; 0 for detectors)
   */
  'dimension'?: (number);
  /**
   * the model used when a request names none
   */
  'isDefault'?: (boolean);
  'licence'?: (string);
  /**
   * embedders: the cosine similarity measured to separate people (models/manifest.json); 0 when not measured
   */
  'matchThreshold'?: (number | string);
}

export interface ModelInfo__Output {
  /**
   * as in models/manifest.json, e.g. "dlib-resnet-128"
   */
  'id': (string);
  'task': (_freeface_extractor_v1_ModelTask__Output);
  /**
   * e.g. "retinaface", "dlib-resnet"
   */
  'architecture': (string);
  'description': (string);
  /**
   * whether the weights are on this server; a missing model fails with FAILED_PRECONDITION when asked for
   */
  'present': (boolean);
  /**
   * embedding length (embedders only; 0 for detectors)
   */
  'dimension': (number);
  /**
   * the model used when a request names none
   */
  'isDefault': (boolean);
  'licence': (string);
  /**
   * embedders: the cosine similarity measured to separate people (models/manifest.json); 0 when not measured
   */
  'matchThreshold': (number);
}
