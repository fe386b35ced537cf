import type * as ort from 'onnxruntime-node';
import { ModelError } from '../vision-errors.js';

/** Float32 data of a named output, checked against the element count the decoder expects. */
export function floatOutput(
  outputs: ort.InferenceSession.ReturnType,
  name: string,
  expectedLength?: number,
): Float32Array {
  const tensor = outputs[name];
  if (tensor?.type !== 'float32')
    throw new ModelError('MODEL_BAD_OUTPUT', `model output ${name} is missing or not float32`);
  const data = tensor.data as Float32Array;
  if (expectedLength !== undefined && data.length !== expectedLength)
    throw new ModelError(
      'MODEL_BAD_OUTPUT',
      `model output ${name} has ${data.length} values, expected ${expectedLength}`,
    );
  return data;
}
