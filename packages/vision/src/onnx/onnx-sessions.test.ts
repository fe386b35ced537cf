import { createLogger } from '@freeface/observability';
import { requireTestData, TEST_MODELS_DIR } from '@freeface/testing';
import * as ort from 'onnxruntime-node';
import { afterEach, describe, expect, it } from 'vitest';
import { OnnxSessions, type OnnxSettings, type SessionFactory } from './onnx-sessions.js';

const testModels = requireTestData('models');

const MODEL = `${TEST_MODELS_DIR}mobilefacenet-128.onnx`;
const OTHER = `${TEST_MODELS_DIR}retinaface-mnet025.onnx`;

function capturingLogger() {
  const lines: Array<{ level: number; msg: string }> = [];
  const logger = createLogger({
    name: 'vision-test',
    level: 'debug',
    destination: { write: (l: string) => lines.push(JSON.parse(l)) },
  });
  return { logger, warnings: () => lines.filter((l) => l.level === 40) };
}

const cpu: OnnxSettings = { executionProvider: 'cpu', intraOpThreads: 1, interOpThreads: 1, intraOpSpinning: false };
let pool: OnnxSessions | undefined;
afterEach(async () => pool?.close());

describe.skipIf(!testModels)('OnnxSessions', () => {
  it('creates a session once per model id and runs it', async () => {
    pool = new OnnxSessions(cpu, capturingLogger().logger);
    const [a, b] = await Promise.all([pool.get('mobilefacenet-128', MODEL), pool.get('mobilefacenet-128', MODEL)]);
    expect(a).toBe(b);
    expect(await pool.get('mobilefacenet-128', MODEL)).toBe(a);
    expect(await pool.get('retinaface-mnet025', OTHER)).not.toBe(a);
    const input = new ort.Tensor('float32', new Float32Array(3 * 112 * 112).fill(0.1), [1, 3, 112, 112]);
    const output = await a.run({ input });
    expect(output.output?.dims).toEqual([1, 128]);
    expect(pool.providerOf('mobilefacenet-128')).toBe('cpu');
  });

  it('passes thread counts and spinning from settings, and leaves thread counts to onnxruntime at 0', async () => {
    const seen: ort.InferenceSession.SessionOptions[] = [];
    const factory: SessionFactory = (path, options) => {
      seen.push(options);
      return ort.InferenceSession.create(path, options);
    };
    for (const intraOpSpinning of [false, true]) {
      pool = new OnnxSessions(
        { executionProvider: 'cpu', intraOpThreads: 2, interOpThreads: 0, intraOpSpinning },
        capturingLogger().logger,
        factory,
      );
      const session = await pool.get('m', MODEL);
      const input = new ort.Tensor('float32', new Float32Array(3 * 112 * 112).fill(0.1), [1, 3, 112, 112]);
      expect((await session.run({ input })).output?.dims).toEqual([1, 128]); // onnxruntime takes the options
      await pool.close();
    }
    expect(seen).toHaveLength(2);
    expect(seen[0]?.intraOpNumThreads).toBe(2);
    expect(seen[0]).not.toHaveProperty('interOpNumThreads');
    expect(seen[0]?.executionProviders).toEqual(['cpu']);
    expect(seen.map((o) => o.extra)).toEqual([
      { session: { intra_op: { allow_spinning: '0' } } },
      { session: { intra_op: { allow_spinning: '1' } } },
    ]);
  });

  it('falls back to the CPU with one warning when CUDA cannot be loaded', async () => {
    const asked: unknown[][] = [];
    const factory: SessionFactory = async (path, options) => {
      asked.push([...(options.executionProviders ?? [])]);
      if (options.executionProviders?.includes('cuda'))
        throw new Error('libcudart.so.12: cannot open shared object file');
      return ort.InferenceSession.create(path, options);
    };
    const { logger, warnings } = capturingLogger();
    pool = new OnnxSessions({ ...cpu, executionProvider: 'cuda' }, logger, factory);
    await pool.get('a', MODEL);
    await pool.get('b', OTHER);
    expect(pool.providerOf('a')).toBe('cpu');
    expect(pool.providerOf('b')).toBe('cpu');
    expect(asked).toEqual([['cuda', 'cpu'], ['cpu'], ['cpu']]);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.msg).toMatch(/CUDA/);
  });

  it('with the real onnxruntime: a CUDA request runs, on CUDA or with one warning on the CPU', async () => {
    const { logger, warnings } = capturingLogger();
    pool = new OnnxSessions({ ...cpu, executionProvider: 'cuda' }, logger);
    const session = await pool.get('a', MODEL);
    await pool.get('b', OTHER);
    const input = new ort.Tensor('float32', new Float32Array(3 * 112 * 112), [1, 3, 112, 112]);
    expect((await session.run({ input })).output?.dims).toEqual([1, 128]);
    const provider = pool.providerOf('a');
    expect(pool.providerOf('b')).toBe(provider);
    expect(warnings()).toHaveLength(provider === 'cpu' ? 1 : 0);
  });

  it('forgets a failed load so a later call can succeed', async () => {
    pool = new OnnxSessions(cpu, capturingLogger().logger);
    await expect(pool.get('m', `${TEST_MODELS_DIR}no-such-model.onnx`)).rejects.toThrow();
    expect((await pool.get('m', MODEL)).inputNames).toEqual(['input']);
  });
});
